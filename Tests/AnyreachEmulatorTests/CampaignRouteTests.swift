import AnyreachAPI
import AnyreachModel
import NIOHTTP1
import Testing

@testable import AnyreachEmulator

/// The campaign routes of §3.2 over HTTP: create, read, merge-patch, lifecycle and stats.
@Suite struct CampaignRouteTests {
    @Test("Create answers 200 with an active campaign, defaults filled and nulls written out")
    func createDefaults() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let created = try await api.post(
                "/campaign/campaigns",
                [
                    "name": "Spring", "configuration_id": .string(config),
                    "external_id": nil, "priority": nil, "contacts": nil,
                ])
            #expect(created.status == 200)
            #expect(created["status"] == "active")
            #expect(created["priority"] == 5)
            #expect(created["external_id"] == .null)
            #expect(created["configuration_id"] == .string(config))
            #expect(created["created_at"] == created["updated_at"])
        }
    }

    @Test("Unknown and server-owned fields of a create are ignored")
    func createIgnoresUnknownFields() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let fakeID = "00000000-0000-7000-8000-000000000000"
            let created = try await api.post(
                "/campaign/campaigns",
                [
                    "name": "x", "configuration_id": .string(config), "id": .string(fakeID),
                    "created_at": "2000-01-01T00:00:00Z", "colour": "blue",
                ])
            #expect(created.status == 200)
            #expect(created["id"] != .string(fakeID))
            #expect(created["created_at"] != "2000-01-01T00:00:00Z")
        }
    }

    /// Bodies a create refuses with 422, and where `loc` points.
    static let badCreates: [(String, JSONValue, String)] = [
        ("status", ["name": "x", "configuration_id": "CONFIG", "status": "active"], "body.status"),
        ("name missing", ["configuration_id": "CONFIG"], "body.name"),
        ("name null", ["name": nil, "configuration_id": "CONFIG"], "body.name"),
        ("configuration_id null", ["name": "x", "configuration_id": nil], "body.configuration_id"),
        (
            "unknown configuration", ["name": "x", "configuration_id": "0190a3c1-0000-7000-8000-000000000000"],
            "body.configuration_id"
        ),
        (
            "UUID-shaped external_id",
            ["name": "x", "configuration_id": "CONFIG", "external_id": "0190a3c1-0000-7000-8000-000000000000"],
            "body.external_id"
        ),
        (
            "external_id default", ["name": "x", "configuration_id": "CONFIG", "external_id": "default"],
            "body.external_id"
        ),
        ("priority as text", ["name": "x", "configuration_id": "CONFIG", "priority": "high"], "body.priority"),
    ]

    @Test("A bad create is 422 with a detail array locating the field", arguments: badCreates)
    func createRejects(_ label: String, _ body: JSONValue, _ loc: String) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let response = try await api.post("/campaign/campaigns", body.replacing("CONFIG", with: config))
            #expect(response.status == 422)
            #expect(response.locs.contains(loc), "\(response.text)")
            guard case .array(let issues)? = response["detail"], let first = issues.first?.objectValue else {
                Issue.record("detail is not an array: \(response.text)")
                return
            }
            #expect(first["msg"]?.stringValue != nil && first["type"]?.stringValue != nil)
            #expect(try await api.get("/campaign/campaigns")["campaigns"] == [])
        }
    }

    @Test("Duplicate campaign external_id: 409 on create and on a PATCH rename; renaming to its own is fine")
    func duplicateExternalID() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            _ = try await api.createCampaign(externalID: "spring", configurationID: config)
            _ = try await api.createCampaign(externalID: "fall", configurationID: config)
            let again = try await api.post(
                "/campaign/campaigns", ["name": "x", "configuration_id": .string(config), "external_id": "spring"])
            #expect(again.status == 409)
            #expect(again["detail"]?.stringValue != nil)
            #expect(try await api.patch("/campaign/campaigns/fall", ["external_id": "spring"]).status == 409)
            let withContacts = try await api.patch(
                "/campaign/campaigns/fall", ["external_id": "spring", "contacts": [["phone_numbers": [phone(1)]]]])
            #expect(withContacts.status == 409)
            #expect(try await api.get("/campaign/campaigns/fall/contacts")["total"] == 0)
            #expect(try await api.patch("/campaign/campaigns/fall", ["external_id": "fall"]).status == 200)
        }
    }

    @Test("Get, PATCH and lifecycle routes take the UUID in any case or the external_id")
    func campaignReferences() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let id = try await api.createCampaign(externalID: "spring", configurationID: config)
            for reference in [id, id.uppercased(), "spring"] {
                let base = "/campaign/campaigns/\(reference)"
                #expect(try await api.get(base)["id"] == .string(id))
                #expect(try await api.patch(base, ["priority": 7])["id"] == .string(id))
                #expect(try await api.post(base + "/pause", [:])["status"] == "paused")
                #expect(try await api.post(base + "/start", [:])["status"] == "active")
                #expect(try await api.get(base + "/contacts").status == 200)
            }
            #expect(try await api.get("/campaign/campaigns/autumn").status == 404)
            #expect(try await api.get("/campaign/campaigns/0190a3c1-0000-7000-8000-000000000000").status == 404)
            #expect(try await api.post("/campaign/campaigns/spring/close", [:])["status"] == "closed")
        }
    }

    @Test("PATCH merges: absent keeps, external_id null clears, priority null restores 5")
    func patchMerges() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let other = try await api.createConfiguration()
            let id = try await api.createCampaign(externalID: "spring", configurationID: config, name: "Spring")
            let moved = try await api.patch(
                "/campaign/campaigns/\(id)", ["priority": 9, "configuration_id": .string(other), "ignored": true])
            #expect(moved.status == 200)
            #expect(moved["name"] == "Spring")
            #expect(moved["external_id"] == "spring")
            #expect(moved["priority"] == 9)
            #expect(moved["configuration_id"] == .string(other))
            let cleared = try await api.patch(
                "/campaign/campaigns/\(id)", ["external_id": nil, "priority": nil, "name": "Renamed"])
            #expect(cleared["external_id"] == .null)
            #expect(cleared["priority"] == 5)
            #expect(cleared["name"] == "Renamed")
            #expect(try await api.get("/campaign/campaigns/spring").status == 404)
        }
    }

    static let badPatches: [(JSONValue, String)] = [
        (["status": "paused"], "body.status"),
        (["name": nil], "body.name"),
        (["configuration_id": nil], "body.configuration_id"),
        (["configuration_id": "0190a3c1-0000-7000-8000-000000000000"], "body.configuration_id"),
        (["external_id": "default"], "body.external_id"),
        (["priority": 0], "body.priority"),
    ]

    @Test("A bad PATCH is 422 at the field and changes nothing", arguments: badPatches)
    func patchRejects(_ body: JSONValue, _ loc: String) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let id = try await api.createCampaign(externalID: "spring", configurationID: config)
            let before = try await api.get("/campaign/campaigns/\(id)")
            let response = try await api.patch("/campaign/campaigns/\(id)", body)
            #expect(response.status == 422)
            #expect(response.locs.contains(loc), "\(response.text)")
            #expect(try await api.get("/campaign/campaigns/\(id)").json == before.json)
        }
    }

    @Test("updated_at moves on a real change only; starting an active campaign changes nothing")
    func updatedAtMovesOnRealChange() async throws {
        let time = ManualClock()
        try await EmulatorHarness.with(clock: time.clock) { api in
            let config = try await api.createConfiguration()
            let id = try await api.createCampaign(externalID: "spring", configurationID: config, name: "Spring")
            let created = try await api.get("/campaign/campaigns/\(id)")
            time.advance(by: 5)
            for noChange: JSONValue in [
                [:], ["name": "Spring", "priority": nil], ["external_id": "spring", "status_note": "x"],
            ] {
                #expect(try await api.patch("/campaign/campaigns/\(id)", noChange).json == created.json)
            }
            #expect(try await api.post("/campaign/campaigns/\(id)/start", [:]).json == created.json)
            let renamed = try await api.patch("/campaign/campaigns/\(id)", ["name": "Autumn"])
            #expect(renamed["updated_at"] != created["updated_at"])
            #expect(renamed["created_at"] == created["created_at"])
            time.advance(by: 5)
            let paused = try await api.post("/campaign/campaigns/\(id)/pause", [:])
            #expect(paused["updated_at"] != renamed["updated_at"])
        }
    }

    /// Each lifecycle transition of §3.2: from which status, which action, and the answer.
    static let transitions: [(from: String, action: String, status: Int, after: String)] = [
        ("active", "start", 200, "active"), ("paused", "start", 200, "active"), ("closed", "start", 400, "closed"),
        ("active", "pause", 200, "paused"), ("paused", "pause", 400, "paused"), ("closed", "pause", 400, "closed"),
        ("active", "close", 200, "closed"), ("paused", "close", 200, "closed"), ("closed", "close", 400, "closed"),
    ]

    @Test("Lifecycle transitions answer the updated campaign or 400", arguments: transitions)
    func lifecycle(_ from: String, _ action: String, _ status: Int, _ after: String) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let id = try await api.createCampaign(externalID: "spring", configurationID: config)
            if from != "active" {
                #expect(
                    try await api.post("/campaign/campaigns/\(id)/\(from == "paused" ? "pause" : "close")", [:]).status
                        == 200)
            }
            let response = try await api.post("/campaign/campaigns/\(id)/\(action)", [:])
            #expect(response.status == status)
            if status == 200 {
                #expect(response["status"] == .string(after))
                #expect(response["id"] == .string(id))
            } else {
                #expect(response["detail"]?.stringValue != nil)
            }
            #expect(try await api.get("/campaign/campaigns/\(id)")["status"] == .string(after))
        }
    }

    @Test("A closed campaign refuses PATCH and upserts with 400, but its contacts can be listed and deleted")
    func closedCampaign() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let id = try await api.createCampaign(
                externalID: "spring", configurationID: config,
                contacts: [
                    ["external_id": "a", "phone_numbers": [phone(1)]],
                    ["external_id": "b", "phone_numbers": [phone(2)]],
                ])
            #expect(try await api.post("/campaign/campaigns/\(id)/close", [:]).status == 200)
            let patch = try await api.patch("/campaign/campaigns/\(id)", ["name": "again"])
            #expect(patch.status == 400)
            #expect(patch["detail"]?.stringValue != nil)
            #expect(
                try await api.post(
                    "/campaign/campaigns/\(id)/contacts",
                    ["contacts": [["external_id": "c", "phone_numbers": [phone(3)]]]]
                ).status == 400)
            #expect(
                try await api.patch(
                    "/campaign/campaigns/\(id)", ["contacts": [["external_id": "c", "phone_numbers": [phone(3)]]]]
                ).status == 400)
            #expect(try await api.get("/campaign/campaigns/\(id)/contacts")["total"] == 2)
            #expect(try await api.get("/campaign/campaigns/\(id)/contacts/a").status == 200)
            #expect(try await api.delete("/campaign/campaigns/\(id)/contacts/a").status == 204)
            #expect(try await api.get("/campaign/campaigns/\(id)/contacts")["total"] == 1)
        }
    }
}

extension JSONValue {
    /// The value with every string equal to `placeholder` replaced (ids only known at run time).
    func replacing(_ placeholder: String, with value: String) -> JSONValue {
        switch self {
        case .string(placeholder): .string(value)
        case .array(let items): .array(items.map { $0.replacing(placeholder, with: value) })
        case .object(let object): .object(object.mapValues { $0.replacing(placeholder, with: value) })
        default: self
        }
    }
}
