import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport

/// Builds a random org straight through the API, the way a team's dashboard leaves one for
/// `export` to adopt: resources with and without external_ids, names that collide once slugged,
/// every part of a configuration, campaigns in each status, contacts CSV can carry and contacts
/// it can't, ad-hoc contacts and a concurrency limit. The same seed builds the same org.
struct OrgSeeder {
    let baseURL: String
    let seed: UInt64
    var random: SeededRandom
    private var usedCampaignKeys: Set<String> = []

    init(baseURL: String, seed: UInt64) {
        self.baseURL = baseURL
        self.seed = seed
        random = SeededRandom(seed: seed)
    }

    /// What was built, for the test to say what it expects of the export.
    struct Summary: CustomStringConvertible {
        var configurations = 0
        var campaigns = 0
        var contacts = 0
        /// Resources the plan can give an external_id to: configurations, campaigns that are not
        /// closed, contacts of campaigns that are not closed and ad-hoc contacts.
        var adoptable = 0

        var description: String {
            "\(configurations) configurations, \(campaigns) campaigns, \(contacts) contacts, \(adoptable) adoptable"
        }
    }

    mutating func seed() async throws -> Summary {
        var summary = Summary()
        var configurationIDs: [String] = []
        for number in 0..<random.int(in: 1...3) {
            configurationIDs.append(try await createConfiguration(number, &summary))
        }
        for number in 0..<random.int(in: 2...5) {
            try await createCampaign(number, configurationIDs: configurationIDs, &summary)
        }
        try await addAdHocContacts(&summary)
        if random.chance(0.7) {
            _ = try await HTTP.expectJSON(
                "PUT", baseURL + "/campaign/concurrency-settings",
                json: ["concurrency_limit": .int(Int64(random.int(in: 1...10_000)))])
        }
        return summary
    }

    // MARK: - Configurations

    private mutating func createConfiguration(_ number: Int, _ summary: inout Summary) async throws -> String {
        var body: [String: JSONValue] = [
            "name": .string(
                random.pick([
                    "Business hours", "Clinic: reminders (EU)", "Weekend / evening", "business-hours",
                    "Night shift #2", "Hours for $${CAMPAIGNCTL_TEAM}", "yes",
                ])),
            "schedule": schedule(),
            "agent": [
                "agent_id": .string("agent-\(number)"),
                "agent_version": random.chance(0.5) ? .int(Int64(random.int(in: 1...9))) : .null,
            ],
        ]
        if random.chance(0.6) {
            body["dialing_policy"] = [
                "max_attempts": .int(Int64(random.int(in: 1...20))),
                "retry_delay_minutes": .int(Int64(random.int(in: 0...10_080))),
                "default_country_code": .string(random.pick(["+1", "+44"])),
            ]
        }
        let hasKey = random.chance(0.5)
        if hasKey { body["external_id"] = .string("config-\(number)") }
        let created = try await HTTP.expectJSON("POST", baseURL + "/campaign/configurations", json: .object(body))
        summary.configurations += 1
        if !hasKey { summary.adoptable += 1 }
        return try id(of: created)
    }

    private mutating func schedule() -> JSONValue {
        var schedule: [String: JSONValue] = ["default_timezone": .string(random.pick(Self.timezones))]
        if random.chance(0.8) { schedule["default_windows"] = windows() }
        if random.chance(0.5) {
            schedule["overrides"] = [
                ["timezones": ["Europe/London", "Europe/Paris"], "windows": windows()],
                ["timezones": ["Asia/Tokyo"], "windows": windows()],
            ]
        }
        if random.chance(0.4) { schedule["scheduled_windows"] = windows() }
        if random.chance(0.3) {
            schedule["scheduled_overrides"] = [["timezones": ["America/Chicago"], "windows": windows()]]
        }
        return .object(schedule)
    }

    private mutating func windows() -> JSONValue {
        .array(
            (0..<random.int(in: 1...2)).map { _ in
                let days = Self.days.filter { _ in random.chance(0.6) }
                let start = random.int(in: 0...22)
                let end = random.chance(0.2) ? (start + 20) % 24 : start + 1
                return [
                    "days": .array((days.isEmpty ? ["sat"] : days).map(JSONValue.string)),
                    "start": .string(Self.time(start, random.pick([0, 30]))),
                    "end": .string(Self.time(end, random.pick([0, 15]))),
                ]
            })
    }

    // MARK: - Campaigns

    private mutating func createCampaign(_ number: Int, configurationIDs: [String], _ summary: inout Summary)
        async throws
    {
        let status = random.pick(["active", "active", "paused", "closed"])
        let hasKey = random.chance(0.5)
        var body: [String: JSONValue] = [
            "name": .string(
                random.pick([
                    "Spring renewals", "Spring renewals!", "Win-back: Q3", "Überfällige Rechnungen", "default", "null",
                    "09:00 calls", "'quoted' & more",
                ])),
            "configuration_id": .string(random.pick(configurationIDs)),
            "priority": .int(Int64(random.int(in: 1...10))),
        ]
        // A closed campaign's key names its seed: manifests exported from another seeded org
        // never ask to reopen it (the plan would rightly refuse).
        if hasKey {
            body["external_id"] = .string(status == "closed" ? "archived-\(seed)-\(number)" : campaignKey(number))
        }
        let richContacts = random.chance(0.5)
        let contacts = (0..<random.int(in: 0...25)).map { contact(number: $0, campaign: number, rich: richContacts) }
        if !contacts.isEmpty { body["contacts"] = .array(contacts.map(\.item)) }
        let created = try await HTTP.expectJSON("POST", baseURL + "/campaign/campaigns", json: .object(body))
        let id = try id(of: created)
        if status != "active" { _ = try await HTTP.expectJSON("POST", baseURL + "/campaign/campaigns/\(id)/pause") }
        if status == "closed" { _ = try await HTTP.expectJSON("POST", baseURL + "/campaign/campaigns/\(id)/close") }
        summary.campaigns += 1
        summary.contacts += contacts.count
        if status != "closed" {
            summary.adoptable += (hasKey ? 0 : 1) + contacts.filter { !$0.hasKey }.count
        }
    }

    /// Sometimes a key that spells the same file name as another (or as the ad-hoc contacts'
    /// file), sometimes a plain one; never one already used.
    private mutating func campaignKey(_ number: Int) -> String {
        let awkward = random.pick(["adhoc", "Q3/west", "q3_west", "Q3 west", "renewals"])
        guard random.chance(0.5), !usedCampaignKeys.contains(awkward) else { return "campaign-\(number)" }
        usedCampaignKeys.insert(awkward)
        return awkward
    }

    // MARK: - Contacts

    private mutating func addAdHocContacts(_ summary: inout Summary) async throws {
        let contacts = (0..<random.int(in: 0...8)).map { contact(number: $0, campaign: 99, rich: random.chance(0.5)) }
        guard !contacts.isEmpty else { return }
        _ = try await HTTP.expectJSON(
            "POST", baseURL + "/campaign/campaigns/default/contacts", json: ["contacts": .array(contacts.map(\.item))])
        summary.contacts += contacts.count
        summary.adoptable += contacts.filter { !$0.hasKey }.count
    }

    /// A contact; `rich` ones may lack an external_id and carry what only YAML can hold (nested,
    /// null or empty data, agent_config, agent_version), the others only what a CSV cell holds.
    private mutating func contact(number: Int, campaign: Int, rich: Bool) -> (item: JSONValue, hasKey: Bool) {
        var item: [String: JSONValue] = [
            "phone_numbers": .array((0..<random.int(in: 1...3)).map { _ in .string(phone()) })
        ]
        let hasKey = !rich || random.chance(0.7)
        if hasKey { item["external_id"] = .string("c\(campaign)-lead-\(number)") }
        if random.chance(0.5) { item["timezone"] = .string(random.pick(Self.timezones)) }
        if random.chance(0.3) {
            item["scheduled_at"] = .string(
                "2027-0\(random.int(in: 1...9))-1\(random.int(in: 0...9))T1\(random.int(in: 0...9)):30:00Z")
        }
        if random.chance(0.3) { item["agent_id"] = .string("agent-override-\(random.int(in: 1...3))") }
        if random.chance(0.2) { item["agent_number"] = .string("+1415555\(random.int(in: 1000...9999))") }
        if random.chance(0.3) {
            item["initial_context"] = .string(random.pick(["Renewal, \"gold\" tier", "Line one\nline two", "plain"]))
        }
        item["data"] = rich ? richData() : plainData()
        if rich, random.chance(0.3) {
            item["agent_version"] = .int(Int64(random.int(in: 1...5)))
            item["agent_config"] = ["voice": "alloy", "speed": 1.25]
        }
        return (.object(item), hasKey)
    }

    /// Typed the same way in every contact of a campaign, so a CSV column carries each key.
    private mutating func plainData() -> JSONValue {
        var data: [String: JSONValue] = [
            "tier": .string(random.pick(["gold", "0012", "yes", "1.50", "a, \"quoted\" value", "Zoë"]))
        ]
        if random.chance(0.7) { data["score"] = .int(Int64(random.int(in: -5...1000))) }
        if random.chance(0.5) { data["ratio"] = .double(Double(random.int(in: 1...999)) / 8) }
        if random.chance(0.5) { data["vip"] = .bool(random.chance(0.5)) }
        return .object(data)
    }

    private mutating func richData() -> JSONValue {
        random.pick([
            ["nested": ["plan": "pro", "seats": 3], "note": .null],
            ["empty": "", "list": [1, "two", 3.5]],
            ["mixed": .int(Int64(random.int(in: 0...9)))],
            ["mixed": "nine"],
            [
                "text": "09:00", "flag": "no", "dollar": "${HOME} and $$", "key: with colon": "a # b",
                "lines": "a\nb\u{2028}c",
            ],
            [:],
        ])
    }

    /// E.164 numbers that are valid in the US and in the UK.
    private mutating func phone() -> String {
        random.chance(0.7) ? "+1312555\(random.int(in: 1000...9999))" : "+447700900\(random.int(in: 100...999))"
    }

    // MARK: - Helpers

    private func id(of created: JSONValue) throws -> String {
        guard let id = created["id"]?.stringValue else {
            throw TestFailure("a create answered without an id: \(created)")
        }
        return id
    }

    private static let timezones = [
        "America/New_York", "America/Chicago", "Europe/London", "Asia/Tokyo", "Australia/Sydney",
    ]
    private static let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    private static func time(_ hour: Int, _ minute: Int) -> String {
        String(format: "%02d:%02d", hour, minute)
    }
}
