import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

/// Stats (§5), concurrency settings (§7) and the time zone list (§6.2) over HTTP.
@Suite struct StatsAndSettingsTests {
    /// Adds `count` contacts to `campaign` and returns their ids.
    private func contacts(_ api: EmulatorHarness, _ campaign: String, _ count: Int, first: Int = 0) async throws
        -> [String]
    {
        let items: [JSONValue] = (first..<first + count).map { ["phone_numbers": [phone($0)]] }
        return try await api.upsert(campaign, items).strings("contact_ids").compactMap { $0 }
    }

    @Test("Stats count contacts by status (locked counts as in_progress), attempts, and org-wide active calls")
    func statsNumbers() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
            let other = try await api.createCampaign(externalID: "fall", configurationID: config)
            let ids = try await contacts(api, campaign, 7)
            for (id, status) in zip(
                ids, ["pending", "pending", "locked", "in_progress", "completed", "completed", "exhausted"])
            {
                try await api.setStatus(status, ofContact: id)
            }
            for (id, count) in zip(ids, [0, 1, 1, 1, 3, 2, 2]) { try await api.addAttempts(count, toContact: id) }
            let elsewhere = try await contacts(api, other, 1, first: 100)
            try await api.setStatus("in_progress", ofContact: elsewhere[0])
            _ = try await api.put("/campaign/concurrency-settings", ["concurrency_limit": 25])
            let stats = try await api.get("/campaign/campaigns/\(campaign)/stats")
            #expect(stats.status == 200)
            #expect(stats["campaign_id"] == .string(campaign))
            #expect(stats["status"] == "active")
            #expect(stats["contacts"] == ["total": 7, "pending": 2, "in_progress": 2, "completed": 2, "exhausted": 1])
            #expect(stats["attempts"]?.objectValue?["total"] == 10)
            #expect(stats["attempts"]?.objectValue?["average_per_contact"]?.numberValue == 1.43)
            #expect(stats["active_calls"] == 3)
            #expect(stats["concurrency_limit"] == 25)
        }
    }

    /// (contacts, attempts, average): half up, including where binary doubles would round down.
    static let averages: [(Int, Int, Double)] = [
        (0, 0, 0.0), (8, 1, 0.13), (200, 201, 1.01), (3, 2, 0.67), (3, 1, 0.33), (4, 10, 2.5),
    ]

    @Test(
        "average_per_contact is attempts / contacts rounded half up to 2 decimals, 0.0 without contacts",
        arguments: averages)
    func averageRounding(_ contactCount: Int, _ attempts: Int, _ expected: Double) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
            let ids = contactCount > 0 ? try await contacts(api, campaign, contactCount) : []
            if attempts > 0 { try await api.addAttempts(attempts, toContact: ids[0]) }
            let stats = try await api.get("/campaign/campaigns/\(campaign)/stats")
            #expect(stats["attempts"]?.objectValue?["average_per_contact"]?.numberValue == expected)
            #expect(stats["concurrency_limit"] == 10)
        }
    }

    @Test("Stats resolve the UUID only (any case): the external_id is 404")
    func statsByUUIDOnly() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
            #expect(
                try await api.get("/campaign/campaigns/\(campaign.uppercased())/stats")["campaign_id"]
                    == .string(campaign))
            let byExternalID = try await api.get("/campaign/campaigns/spring/stats")
            #expect(byExternalID.status == 404)
            #expect(byExternalID["detail"]?.stringValue != nil)
        }
    }

    @Test("Concurrency settings default to 10 with no active calls; PUT answers like GET")
    func concurrencyDefaults() async throws {
        try await EmulatorHarness.with { api in
            #expect(
                try await api.get("/campaign/concurrency-settings").json == [
                    "concurrency_limit": 10, "active_calls": 0,
                ])
            let put = try await api.put("/campaign/concurrency-settings", ["concurrency_limit": 3])
            #expect(put.json == ["concurrency_limit": 3, "active_calls": 0])
            #expect(try await api.get("/campaign/concurrency-settings").json == put.json)
        }
    }

    @Test("Concurrency settings are per org and count the org's locked and in_progress contacts")
    func concurrencyActiveCalls() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
            let ids = try await contacts(api, campaign, 3)
            try await api.setStatus("locked", ofContact: ids[0])
            try await api.setStatus("in_progress", ofContact: ids[1])
            try await api.setStatus("completed", ofContact: ids[2])
            #expect(try await api.get("/campaign/concurrency-settings")["active_calls"] == 2)
        }
    }

    @Test("The time zone list holds the IANA identifiers, backward-compatible aliases included")
    func timezones() async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.get("/campaign/timezones")
            #expect(response.status == 200)
            let zones = Set(response.strings("timezones").compactMap { $0 })
            #expect(
                zones.isSuperset(of: ["US/Eastern", "America/New_York", "Africa/Abidjan", "Europe/London", "Etc/UTC"]))
        }
    }
}
