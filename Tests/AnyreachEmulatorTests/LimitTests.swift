import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

/// Every limit of §8 and the field bounds of §3.1, §4.1, §6.1 and §7: one request at the
/// limit (accepted) and one past it (422 at the field).
@Suite struct LimitTests {
    private static func text(_ count: Int) -> JSONValue { .string(String(repeating: "x", count: count)) }

    private static func contacts(_ count: Int) -> JSONValue {
        .array((0..<count).map { ["phone_numbers": [phone($0 % 10_000)]] })
    }

    /// (list route, limit, status); the 422s point at `query.limit`.
    static let pageLimits: [(String, Int, Int)] = [
        ("/campaign/campaigns", 200, 200), ("/campaign/campaigns", 201, 422), ("/campaign/campaigns", 0, 422),
        ("/campaign/campaigns", 1, 200),
        ("/campaign/campaigns/spring/contacts", 200, 200), ("/campaign/campaigns/spring/contacts", 201, 422),
        ("/campaign/campaigns/spring/contacts", 0, 422), ("/campaign/campaigns/spring/contacts", 1, 200),
    ]

    @Test("List limit: 1–200 on both list routes", arguments: pageLimits)
    func pageLimit(_ path: String, _ limit: Int, _ status: Int) async throws {
        try await EmulatorHarness.with { api in
            _ = try await api.createCampaign(externalID: "spring", configurationID: api.createConfiguration())
            let response = try await api.get("\(path)?limit=\(limit)")
            #expect(response.status == status)
            if status == 422 { #expect(response.locs == ["query.limit"], "\(response.text)") }
        }
    }

    @Test("The campaign listing defaults to 50 a page and serves 200 when asked")
    func campaignPageSizes() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            for index in 0..<201 { _ = try await api.createCampaign(externalID: "c\(index)", configurationID: config) }
            let first = try await api.get("/campaign/campaigns")
            #expect(first.objects("campaigns").count == 50)
            #expect(first["next_cursor"] != .null)
            let big = try await api.get("/campaign/campaigns?limit=200")
            #expect(big.objects("campaigns").count == 200)
            #expect(big["next_cursor"] != .null)
        }
    }

    @Test("Upsert: 1–1000 contacts per request", arguments: [(1000, 200), (1001, 422), (0, 422), (1, 200)])
    func upsertBatch(_ count: Int, _ status: Int) async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            let response = try await api.post(
                "/campaign/campaigns/\(campaign)/contacts", ["contacts": Self.contacts(count)])
            #expect(response.status == status)
            if status == 422 { #expect(response.locs == ["body.contacts"], "\(response.text)") }
            #expect(
                try await api.get("/campaign/campaigns/spring/contacts")["total"]
                    == .int(Int64(status == 200 ? count : 0)))
        }
    }

    @Test("Inline contacts: at most 5000 on campaign create and PATCH", arguments: [(5000, 200), (5001, 422)])
    func inlineContacts(_ count: Int, _ status: Int) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let created = try await api.post(
                "/campaign/campaigns",
                [
                    "name": "x", "external_id": "spring", "configuration_id": .string(config),
                    "contacts": Self.contacts(count),
                ])
            #expect(created.status == status)
            _ = try await api.createCampaign(externalID: "fall", configurationID: config)
            let patched = try await api.patch("/campaign/campaigns/fall", ["contacts": Self.contacts(count)])
            #expect(patched.status == status)
            if status == 422 {
                #expect(created.locs == ["body.contacts"], "\(created.text)")
                #expect(patched.locs == ["body.contacts"], "\(patched.text)")
            }
            #expect(
                try await api.get("/campaign/campaigns/fall/contacts")["total"]
                    == .int(Int64(status == 200 ? count : 0)))
        }
    }

    @Test(
        "Concurrency limit: 1–10000, null refused",
        arguments: [(1, 200), (10_000, 200), (0, 422), (10_001, 422), (nil, 422)] as [(Int?, Int)])
    func concurrencyLimit(_ limit: Int?, _ status: Int) async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.put(
                "/campaign/concurrency-settings", ["concurrency_limit": limit.map { .int(Int64($0)) } ?? .null])
            #expect(response.status == status)
            let current = try await api.get("/campaign/concurrency-settings")["concurrency_limit"]
            if let limit, status == 200 {
                #expect(current == .int(Int64(limit)))
            } else {
                #expect(response.locs == ["body.concurrency_limit"], "\(response.text)")
                #expect(current == 10)
            }
        }
    }

    /// (campaign field, value, accepted): bounds of the campaign object.
    static let campaignFields: [(String, JSONValue, Bool)] = [
        ("priority", 1, true), ("priority", 10, true), ("priority", 0, false), ("priority", 11, false),
        ("name", text(200), true), ("name", text(201), false), ("name", "", false),
        ("external_id", text(255), true), ("external_id", text(256), false), ("external_id", "", false),
    ]

    @Test(
        "Campaign bounds: priority 1–10, name 1–200 chars, external_id 1–255 chars, on create and PATCH",
        arguments: campaignFields)
    func campaignBounds(_ field: String, _ value: JSONValue, _ accepted: Bool) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            var body: [String: JSONValue] = ["name": "x", "configuration_id": .string(config)]
            body[field] = value
            let created = try await api.post("/campaign/campaigns", .object(body))
            // Same length, other characters: an external_id the create took is not held twice.
            let patchValue: JSONValue =
                if case .string(let text) = value { .string(String(repeating: "y", count: text.count)) } else { value }
            let id = try await api.createCampaign(externalID: nil, configurationID: config)
            let patched = try await api.patch("/campaign/campaigns/\(id)", .object([field: patchValue]))
            for (response, sent) in [(created, value), (patched, patchValue)] {
                #expect(response.status == (accepted ? 200 : 422))
                if accepted {
                    #expect(response[field] == sent)
                } else {
                    #expect(response.locs == ["body.\(field)"], "\(response.text)")
                }
            }
        }
    }

    /// (contact field, value, accepted): bounds of a contact item.
    static let contactFields: [(String, JSONValue, Bool)] = [
        ("external_id", text(255), true), ("external_id", text(256), false),
        ("phone_numbers", .array((0..<10).map(phone)), true), ("phone_numbers", .array((0..<11).map(phone)), false),
        ("phone_numbers", [], false),
        ("data", ["k": text(16_376)], true), ("data", ["k": text(16_377)], false),
        ("data", ["k": .string(String(repeating: "é", count: 8_188))], true),
        ("data", ["k": .string(String(repeating: "é", count: 8_188) + "x")], false),
        ("data", ["k": .string(String(repeating: "a/", count: 8_188))], true),
        ("data", ["k": .string(String(repeating: "a/", count: 8_188) + "/")], false),
    ]

    @Test(
        "Contact bounds: external_id 255 chars, 1–10 numbers, data 16 KiB as compact UTF-8 JSON",
        arguments: contactFields)
    func contactBounds(_ field: String, _ value: JSONValue, _ accepted: Bool) async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            var item: [String: JSONValue] = ["phone_numbers": [phone(1)]]
            item[field] = value
            let response = try await api.post("/campaign/campaigns/\(campaign)/contacts", ["contacts": [.object(item)]])
            #expect(response.status == (accepted ? 200 : 422))
            if accepted {
                let id = try #require(response.strings("contact_ids").first ?? nil)
                #expect(try await api.get("/campaign/campaigns/spring/contacts/\(id)")[field] == value)
            } else {
                #expect(response.locs == ["body.contacts.0.\(field)"], "\(response.text)")
            }
        }
    }

    /// (dialing_policy field, value, accepted).
    static let policyFields: [(String, Int, Bool)] = [
        ("max_attempts", 1, true), ("max_attempts", 20, true), ("max_attempts", 0, false), ("max_attempts", 21, false),
        ("retry_delay_minutes", 0, true), ("retry_delay_minutes", 10_080, true), ("retry_delay_minutes", -1, false),
        ("retry_delay_minutes", 10_081, false),
    ]

    @Test("Dialing policy bounds: max_attempts 1–20, retry_delay_minutes 0–10080", arguments: policyFields)
    func policyBounds(_ field: String, _ value: Int, _ accepted: Bool) async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.post(
                "/campaign/configurations",
                ["name": "x", "agent": ["agent_id": "a"], "dialing_policy": [field: .int(Int64(value))]])
            #expect(response.status == (accepted ? 200 : 422))
            if accepted {
                #expect(response["dialing_policy"]?.objectValue?[field] == .int(Int64(value)))
            } else {
                #expect(response.locs == ["body.dialing_policy.\(field)"], "\(response.text)")
            }
        }
    }

    @Test(
        "Configuration bounds: name 1–200 chars, external_id 1–255 chars",
        arguments: [
            ("name", text(200), true), ("name", text(201), false), ("external_id", text(255), true),
            ("external_id", text(256), false),
        ])
    func configurationBounds(_ field: String, _ value: JSONValue, _ accepted: Bool) async throws {
        try await EmulatorHarness.with { api in
            var body: [String: JSONValue] = ["name": "x", "agent": ["agent_id": "a"]]
            body[field] = value
            let response = try await api.post("/campaign/configurations", .object(body))
            #expect(response.status == (accepted ? 200 : 422))
            if accepted {
                #expect(response[field] == value)
            } else {
                #expect(response.locs == ["body.\(field)"], "\(response.text)")
            }
        }
    }
}
