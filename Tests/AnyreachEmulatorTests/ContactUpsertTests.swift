import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

/// Upsert semantics of §4.2 and §10: matching, `failed`, `warnings`, `contact_ids`, absent vs
/// null, atomicity, and inline contacts on campaign create and PATCH.
@Suite struct ContactUpsertTests {
    private static let unknownID = "0190a3c1-0000-7000-8000-000000000000"

    private func campaign(_ api: EmulatorHarness, countryCode: String = "+1") async throws -> String {
        try await api.createCampaign(
            externalID: "spring", configurationID: api.createConfiguration(countryCode: countryCode))
    }

    @Test("Matching by id or external_id; failed items get a null contact_ids entry, in request order")
    func matchingAndFailures() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            let first = try await api.upsert(
                campaign,
                ["a", "b", "c"].enumerated().map { ["external_id": .string($1), "phone_numbers": [phone($0)]] })
            let a = try #require(first.strings("contact_ids")[0])
            let b = try #require(first.strings("contact_ids")[1])
            let response = try await api.upsert(
                "spring",
                [
                    ["external_id": "new", "phone_numbers": [phone(3)]],
                    ["id": .string(Self.unknownID), "external_id": "a", "phone_numbers": [phone(4)]],
                    ["external_id": "b", "data": ["tier": "gold"]],
                    ["id": .string(a.uppercased()), "external_id": "a2"],
                    ["id": .string(b), "external_id": "c"],
                ])
            #expect(response["inserted"] == 1)
            #expect(response["updated"] == 2)
            let ids = response.strings("contact_ids")
            #expect(ids.count == 5)
            #expect(ids[0] != nil && ids[0] != a && ids[0] != b)
            #expect(Array(ids[1...]) == [nil, b, a, nil])
            let failed = response.objects("failed")
            #expect(failed.map { $0["index"] } == [1, 4])
            #expect(failed.map { $0["external_id"] } == ["a", "c"])
            #expect(failed.allSatisfy { $0["detail"]?.stringValue != nil })
            #expect(try await api.get("/campaign/campaigns/spring/contacts/a2")["id"] == .string(a))
            #expect(try await api.get("/campaign/campaigns/spring/contacts/b")["data"] == ["tier": "gold"])
            #expect(try await api.get("/campaign/campaigns/spring/contacts/a").status == 404)
            #expect(try await api.get("/campaign/campaigns/spring/contacts/c")["id"] != .string(b))
            #expect(try await api.get("/campaign/campaigns/spring/contacts")["total"] == 4)
        }
    }

    @Test("One warning per number that normalization rewrote; numbers are stored as E.164")
    func warnings() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            let response = try await api.upsert(
                campaign,
                [
                    ["external_id": "a", "phone_numbers": ["(415) 555-0123", "+14155550124", "415.555.0125"]],
                    ["external_id": "b", "phone_numbers": ["+14155550126"]],
                    ["external_id": "c", "phone_numbers": ["001 415 555 0127"]],
                ])
            #expect(response.objects("warnings").map { $0["index"] } == [0, 0, 2])
            #expect(response.objects("warnings").allSatisfy { $0["detail"]?.stringValue != nil })
            #expect(
                try await api.get("/campaign/campaigns/spring/contacts/a")["phone_numbers"] == [
                    "+14155550123", "+14155550124", "+14155550125",
                ])
            #expect(try await api.get("/campaign/campaigns/spring/contacts/c")["phone_numbers"] == ["+14155550127"])
        }
    }

    @Test("National numbers take the configuration's default_country_code")
    func countryCode() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api, countryCode: "+44")
            try await api.upsert(campaign, [["external_id": "uk", "phone_numbers": ["020 7946 0018"]]])
            #expect(try await api.get("/campaign/campaigns/spring/contacts/uk")["phone_numbers"] == ["+442079460018"])
        }
    }

    @Test("Absent keeps a field, null clears it, data null stores {}; status and attempts survive updates")
    func absentVersusNull() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            try await api.upsert(
                campaign,
                [
                    [
                        "external_id": "a", "phone_numbers": [phone(1)], "data": ["x": 1],
                        "timezone": "America/Chicago", "agent_id": "agent-9",
                        "agent_number": "+14155550100", "initial_context": "hello",
                        "scheduled_at": "2026-11-28T11:00:00+02:00",
                    ],
                    ["external_id": "b", "phone_numbers": [phone(2)], "data": nil],
                ])
            let a = try await api.get("/campaign/campaigns/spring/contacts/a")
            #expect(a["scheduled_at"] == "2026-11-28T09:00:00Z")
            #expect(try await api.get("/campaign/campaigns/spring/contacts/b")["data"] == [:])
            let id = try #require(a["id"]?.stringValue)
            try await api.setStatus("completed", ofContact: id)
            try await api.addAttempts(1, toContact: id)
            try await api.upsert(
                campaign,
                [
                    [
                        "external_id": "a", "timezone": nil, "agent_id": nil, "status": "pending", "attempts": [],
                        "campaign_id": nil, "created_at": "2000-01-01T00:00:00Z", "colour": "blue",
                    ]
                ])
            let cleared = try await api.get("/campaign/campaigns/spring/contacts/a")
            #expect(cleared["timezone"] == .null)
            #expect(cleared["agent_id"] == .null)
            #expect(cleared["data"] == ["x": 1])
            #expect(cleared["phone_numbers"] == [phone(1)])
            #expect(cleared["initial_context"] == "hello")
            #expect(cleared["agent_number"] == "+14155550100")
            #expect(cleared["scheduled_at"] == "2026-11-28T09:00:00Z")
            #expect(cleared["status"] == "completed")
            #expect(cleared["created_at"] == a["created_at"])
            #expect(cleared.objects("attempts").count == 1)
            try await api.upsert(campaign, [["external_id": "a", "data": nil, "scheduled_at": nil]])
            let emptied = try await api.get("/campaign/campaigns/spring/contacts/a")
            #expect(emptied["data"] == [:])
            #expect(emptied["scheduled_at"] == .null)
        }
    }

    @Test(
        "scheduled_at with any offset is stored in UTC whole seconds",
        arguments: [
            "2026-11-28T11:00:00+02:00", "2026-11-28T04:00:00-05:00", "2026-11-28T09:00:00.750Z",
            "2026-11-28T09:00:00Z",
        ])
    func scheduledAtInUTC(_ sent: String) async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            try await api.upsert(
                campaign, [["external_id": "a", "phone_numbers": [phone(1)], "scheduled_at": .string(sent)]])
            #expect(
                try await api.get("/campaign/campaigns/spring/contacts/a")["scheduled_at"] == "2026-11-28T09:00:00Z")
        }
    }

    @Test("updated_at moves only when an upsert really changes the contact")
    func updatedAtMovesOnRealChange() async throws {
        let time = ManualClock()
        try await EmulatorHarness.with(clock: time.clock) { api in
            let campaign = try await campaign(api)
            let item: JSONValue = ["external_id": "a", "phone_numbers": [phone(1)], "data": ["x": 1]]
            try await api.upsert(campaign, [item])
            let created = try await api.get("/campaign/campaigns/spring/contacts/a")
            time.advance(by: 5)
            for unchanged in [
                item, ["external_id": "a", "timezone": nil], ["id": created["id"] ?? .null, "external_id": "a"],
            ] as [JSONValue] {
                #expect(try await api.upsert(campaign, [unchanged])["updated"] == 1)
            }
            #expect(try await api.get("/campaign/campaigns/spring/contacts/a").json == created.json)
            try await api.upsert(campaign, [["external_id": "a", "data": ["x": 2]]])
            let changed = try await api.get("/campaign/campaigns/spring/contacts/a")
            #expect(changed["updated_at"] != created["updated_at"])
            #expect(changed["created_at"] == created["created_at"])
        }
    }

    /// Upsert bodies refused with 422, and where `loc` points.
    static let badUpserts: [(String, JSONValue, [String])] = [
        (
            "same external_id twice",
            [
                "contacts": [
                    ["external_id": "x", "phone_numbers": ["+14155550100"]],
                    ["external_id": "x", "phone_numbers": ["+14155550101"]],
                ]
            ],
            ["body.contacts.1.external_id"]
        ),
        (
            "same id twice",
            [
                "contacts": [
                    ["id": "0190a3c1-0000-7000-8000-00000000000a"], ["id": "0190A3C1-0000-7000-8000-00000000000A"],
                ]
            ], ["body.contacts.1.id"]
        ),
        ("insert without phone_numbers", ["contacts": [["external_id": "x"]]], ["body.contacts.0.phone_numbers"]),
        (
            "insert with null phone_numbers", ["contacts": [["external_id": "x", "phone_numbers": nil]]],
            ["body.contacts.0.phone_numbers"]
        ),
        (
            "unparseable number",
            ["contacts": [["phone_numbers": ["+14155550100"]], ["phone_numbers": ["+14155550100", "call me"]]]],
            ["body.contacts.1.phone_numbers.1"]
        ),
        (
            "scheduled_at without offset",
            ["contacts": [["phone_numbers": ["+14155550100"], "scheduled_at": "2026-11-28T09:00:00"]]],
            ["body.contacts.0.scheduled_at"]
        ),
        (
            "agent_number not E.164",
            ["contacts": [["phone_numbers": ["+14155550100"], "agent_number": "415 555 0100"]]],
            ["body.contacts.0.agent_number"]
        ),
        (
            "unknown time zone", ["contacts": [["phone_numbers": ["+14155550100"], "timezone": "Mars/Olympus"]]],
            ["body.contacts.0.timezone"]
        ),
        ("contacts missing", ["items": []], ["body.contacts"]),
        (
            "data not an object", ["contacts": [["phone_numbers": ["+14155550100"], "data": [1, 2]]]],
            ["body.contacts.0.data"]
        ),
    ]

    @Test("A bad upsert is 422 at the bad item's field, and nothing is written", arguments: badUpserts)
    func upsertRejects(_ label: String, _ body: JSONValue, _ locs: [String]) async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            let response = try await api.post("/campaign/campaigns/\(campaign)/contacts", body)
            #expect(response.status == 422)
            #expect(response.locs == locs, "\(response.text)")
            #expect(try await api.get("/campaign/campaigns/\(campaign)/contacts")["total"] == 0)
        }
    }

    @Test("Inline contacts on create are all-or-nothing: a failing item is 422 and no campaign is made")
    func inlineCreateIsAtomic() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            for (items, loc) in [
                (
                    [["phone_numbers": [phone(1)]], ["id": .string(Self.unknownID), "phone_numbers": [phone(2)]]],
                    "body.contacts.1"
                ),
                ([["phone_numbers": [phone(1)]], ["phone_numbers": ["12"]]], "body.contacts.1.phone_numbers.0"),
            ] as [([JSONValue], String)] {
                let response = try await api.post(
                    "/campaign/campaigns",
                    [
                        "name": "x", "configuration_id": .string(config), "external_id": "spring",
                        "contacts": .array(items),
                    ])
                #expect(response.status == 422)
                #expect(response.locs == [loc], "\(response.text)")
            }
            #expect(try await api.get("/campaign/campaigns")["campaigns"] == [])
            #expect(try await api.get("/campaign/campaigns/default/contacts")["total"] == 0)
        }
    }

    @Test("Inline contacts on PATCH are upserted all-or-nothing with the patch")
    func inlinePatchIsAtomic() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await campaign(api)
            try await api.upsert(
                campaign,
                [
                    ["external_id": "a", "phone_numbers": [phone(1)]],
                    ["external_id": "b", "phone_numbers": [phone(2)]],
                ])
            let b = try #require(try await api.get("/campaign/campaigns/spring/contacts/b")["id"]?.stringValue)
            let refused = try await api.patch(
                "/campaign/campaigns/spring",
                [
                    "name": "Renamed",
                    "contacts": [
                        ["external_id": "c", "phone_numbers": [phone(3)]], ["id": .string(b), "external_id": "a"],
                    ],
                ])
            #expect(refused.status == 422)
            #expect(refused.locs == ["body.contacts.1"], "\(refused.text)")
            #expect(try await api.get("/campaign/campaigns/spring")["name"] == "campaign")
            #expect(try await api.get("/campaign/campaigns/spring/contacts")["total"] == 2)
            let accepted = try await api.patch(
                "/campaign/campaigns/spring",
                [
                    "name": "Renamed",
                    "contacts": [
                        ["external_id": "c", "phone_numbers": [phone(3)]], ["external_id": "a", "data": ["k": "v"]],
                    ],
                ])
            #expect(accepted.status == 200)
            #expect(accepted["name"] == "Renamed")
            #expect(try await api.get("/campaign/campaigns/spring/contacts")["total"] == 3)
            #expect(try await api.get("/campaign/campaigns/spring/contacts/a")["data"] == ["k": "v"])
        }
    }
}
