import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

/// The configuration routes of §6.2 over HTTP: defaults, UUID-only resolution, merge patch,
/// validation and the 409s.
@Suite struct ConfigurationRouteTests {
    private static let officeHours: JSONValue = [
        ["days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"]
    ]

    @Test("Create answers 200 with every omitted part at its default")
    func createDefaults() async throws {
        try await EmulatorHarness.with { api in
            let created = try await api.post(
                "/campaign/configurations",
                [
                    "name": "Plain", "agent": ["agent_id": "agent-1"], "schedule": nil, "colour": "blue",
                    "id": "0190a3c1-0000-7000-8000-000000000000",
                ])
            #expect(created.status == 200)
            #expect(created["external_id"] == .null)
            #expect(created["id"] != "0190a3c1-0000-7000-8000-000000000000")
            #expect(
                created["schedule"] == [
                    "default_timezone": "America/New_York", "default_windows": [], "overrides": [],
                    "scheduled_windows": nil, "scheduled_overrides": nil,
                ])
            #expect(
                created["dialing_policy"] == [
                    "max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+1",
                ])
            #expect(created["agent"] == ["agent_id": "agent-1", "agent_version": nil])
            #expect(created["created_at"] == created["updated_at"])
        }
    }

    @Test("List answers every configuration, unpaginated, oldest first")
    func listIsUnpaginated() async throws {
        try await EmulatorHarness.with { api in
            var ids: [String?] = []
            for _ in 0..<55 { ids.append(try await api.createConfiguration()) }
            let listed = try await api.get("/campaign/configurations")
            #expect(listed.objects("configurations").map { $0["id"]?.stringValue } == ids)
        }
    }

    @Test("Configuration routes resolve the UUID (any case) only, never the external_id")
    func uuidOnly() async throws {
        try await EmulatorHarness.with { api in
            let id = try await api.createConfiguration(externalID: "main")
            let spare = try await api.createConfiguration(externalID: "spare")
            #expect(try await api.get("/campaign/configurations/\(id)")["external_id"] == "main")
            #expect(try await api.get("/campaign/configurations/\(id.uppercased())")["id"] == .string(id))
            #expect(try await api.get("/campaign/configurations/main").status == 404)
            #expect(try await api.patch("/campaign/configurations/main", ["name": "x"]).status == 404)
            #expect(try await api.delete("/campaign/configurations/spare").status == 404)
            #expect(
                try await api.patch("/campaign/configurations/\(id.uppercased())", ["name": "Renamed"])["name"]
                    == "Renamed")
            #expect(try await api.delete("/campaign/configurations/\(spare.uppercased())").status == 204)
            #expect(try await api.get("/campaign/configurations/\(spare)").status == 404)
        }
    }

    @Test("A UUID-shaped configuration external_id is allowed")
    func uuidShapedExternalID() async throws {
        try await EmulatorHarness.with { api in
            let key = "0190a3c1-0000-7000-8000-000000000000"
            let created = try await api.post(
                "/campaign/configurations", ["name": "x", "external_id": .string(key), "agent": ["agent_id": "a"]])
            #expect(created["external_id"] == .string(key))
        }
    }

    @Test("PATCH is a merge patch: objects merge, arrays replace, null restores a default")
    func mergePatch() async throws {
        try await EmulatorHarness.with { api in
            let id = try await api.createConfiguration(
                externalID: "main",
                extra: [
                    "schedule": [
                        "default_timezone": "America/Chicago", "default_windows": Self.officeHours,
                        "scheduled_windows": Self.officeHours,
                    ],
                    "dialing_policy": ["max_attempts": 5, "retry_delay_minutes": 30, "default_country_code": "+44"],
                    "agent": ["agent_id": "agent-1", "agent_version": 3],
                ])
            let weekend: JSONValue = [["days": ["sat"], "start": "10:00", "end": "12:00"]]
            let patched = try await api.patch(
                "/campaign/configurations/\(id)",
                [
                    "schedule": ["default_windows": weekend, "scheduled_windows": nil],
                    "dialing_policy": ["max_attempts": nil],
                    "agent": ["agent_version": nil],
                    "external_id": nil,
                ])
            #expect(patched.status == 200)
            #expect(
                patched["schedule"] == [
                    "default_timezone": "America/Chicago", "default_windows": weekend, "overrides": [],
                    "scheduled_windows": nil, "scheduled_overrides": nil,
                ])
            #expect(
                patched["dialing_policy"] == [
                    "max_attempts": 3, "retry_delay_minutes": 30, "default_country_code": "+44",
                ])
            #expect(patched["agent"] == ["agent_id": "agent-1", "agent_version": nil])
            #expect(patched["external_id"] == .null)
            #expect(patched["name"] == "config")
            let reset = try await api.patch("/campaign/configurations/\(id)", ["schedule": nil, "dialing_policy": nil])
            #expect(reset["schedule"]?.objectValue?["default_timezone"] == "America/New_York")
            #expect(reset["schedule"]?.objectValue?["default_windows"] == [])
            #expect(
                reset["dialing_policy"] == ["max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+1"])
        }
    }

    @Test("updated_at moves only when a PATCH really changes the configuration")
    func updatedAtMovesOnRealChange() async throws {
        let time = ManualClock()
        try await EmulatorHarness.with(clock: time.clock) { api in
            let id = try await api.createConfiguration(externalID: "main")
            let created = try await api.get("/campaign/configurations/\(id)")
            time.advance(by: 5)
            for noChange: JSONValue in [
                [:], ["name": "config", "external_id": "main"], ["dialing_policy": ["max_attempts": 3]],
                ["schedule": ["overrides": nil]],
            ] {
                #expect(try await api.patch("/campaign/configurations/\(id)", noChange).json == created.json)
            }
            let changed = try await api.patch("/campaign/configurations/\(id)", ["dialing_policy": ["max_attempts": 4]])
            #expect(changed["updated_at"] != created["updated_at"])
            #expect(changed["created_at"] == created["created_at"])
        }
    }

    /// Configuration bodies refused with 422, and where `loc` points.
    static let badBodies: [(String, JSONValue, String)] = [
        ("name missing", ["agent": ["agent_id": "a"]], "body.name"),
        ("agent missing", ["name": "x"], "body.agent"),
        (
            "bad time zone",
            ["name": "x", "agent": ["agent_id": "a"], "schedule": ["default_timezone": "Mars/Olympus"]],
            "body.schedule.default_timezone"
        ),
        (
            "unpadded hour",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": ["default_windows": [["days": ["mon"], "start": "9:00", "end": "17:00"]]],
            ],
            "body.schedule.default_windows.0.start"
        ),
        (
            "hour 24",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": ["default_windows": [["days": ["mon"], "start": "09:00", "end": "24:00"]]],
            ],
            "body.schedule.default_windows.0.end"
        ),
        (
            "repeated day",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": ["default_windows": [["days": ["mon", "mon"], "start": "09:00", "end": "17:00"]]],
            ],
            "body.schedule.default_windows.0.days"
        ),
        (
            "end equals start",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": ["default_windows": [["days": ["mon"], "start": "09:00", "end": "09:00"]]],
            ],
            "body.schedule.default_windows.0"
        ),
        (
            "override without time zones",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": ["overrides": [["timezones": [], "windows": officeHours]]],
            ],
            "body.schedule.overrides.0.timezones"
        ),
        (
            "time zone in two overrides",
            [
                "name": "x", "agent": ["agent_id": "a"],
                "schedule": [
                    "overrides": [
                        ["timezones": ["America/Chicago"], "windows": officeHours],
                        ["timezones": ["America/Chicago"], "windows": officeHours],
                    ]
                ],
            ],
            "body.schedule.overrides.1.timezones.0"
        ),
        (
            "country code without +",
            ["name": "x", "agent": ["agent_id": "a"], "dialing_policy": ["default_country_code": "44"]],
            "body.dialing_policy.default_country_code"
        ),
    ]

    @Test("A bad configuration is 422 at the field", arguments: badBodies)
    func createRejects(_ label: String, _ body: JSONValue, _ loc: String) async throws {
        try await EmulatorHarness.with { api in
            let response = try await api.post("/campaign/configurations", body)
            #expect(response.status == 422)
            #expect(response.locs.contains { $0.hasPrefix(loc) }, "\(response.text)")
            #expect(try await api.get("/campaign/configurations").objects("configurations").isEmpty)
        }
    }

    @Test("A PATCH whose merged result is invalid is 422 and changes nothing; name null is 422")
    func patchRejects() async throws {
        try await EmulatorHarness.with { api in
            let id = try await api.createConfiguration()
            let before = try await api.get("/campaign/configurations/\(id)")
            for (patch, loc) in [
                (["name": nil], "body.name"),
                (["dialing_policy": ["max_attempts": 0]], "body.dialing_policy.max_attempts"),
                (["agent": ["agent_id": nil]], "body.agent.agent_id"),
            ] as [(JSONValue, String)] {
                let response = try await api.patch("/campaign/configurations/\(id)", patch)
                #expect(response.status == 422)
                #expect(response.locs == [loc], "\(response.text)")
            }
            #expect(try await api.get("/campaign/configurations/\(id)").json == before.json)
        }
    }

    @Test("Duplicate configuration external_id: 409 on create and on a PATCH")
    func duplicateExternalID() async throws {
        try await EmulatorHarness.with { api in
            _ = try await api.createConfiguration(externalID: "main")
            let other = try await api.createConfiguration(externalID: "other")
            let again = try await api.post(
                "/campaign/configurations", ["name": "x", "external_id": "main", "agent": ["agent_id": "a"]])
            #expect(again.status == 409)
            #expect(again["detail"]?.stringValue != nil)
            #expect(try await api.patch("/campaign/configurations/\(other)", ["external_id": "main"]).status == 409)
            #expect(try await api.get("/campaign/configurations/\(other)")["external_id"] == "other")
        }
    }

    @Test(
        "Deleting a configuration a campaign references is 409, whatever the campaign's status",
        arguments: ["active", "paused", "closed"])
    func deleteReferenced(_ status: String) async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let campaign = try await api.createCampaign(externalID: "spring", configurationID: config)
            if status == "paused" { _ = try await api.post("/campaign/campaigns/\(campaign)/pause", [:]) }
            if status == "closed" { _ = try await api.post("/campaign/campaigns/\(campaign)/close", [:]) }
            #expect(try await api.get("/campaign/campaigns/\(campaign)")["status"] == .string(status))
            let refused = try await api.delete("/campaign/configurations/\(config)")
            #expect(refused.status == 409)
            #expect(refused["detail"]?.stringValue != nil)
            #expect(try await api.get("/campaign/configurations/\(config)").status == 200)
        }
    }

    @Test("Once no campaign references it, a configuration deletes with 204 and no body")
    func deleteUnreferenced() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            let spare = try await api.createConfiguration()
            _ = try await api.createCampaign(externalID: "spring", configurationID: config)
            #expect(
                try await api.patch("/campaign/campaigns/spring", ["configuration_id": .string(spare)]).status == 200)
            let deleted = try await api.delete("/campaign/configurations/\(config)")
            #expect(deleted.status == 204)
            #expect(deleted.text.isEmpty)
            #expect(try await api.delete("/campaign/configurations/\(config)").status == 404)
        }
    }
}
