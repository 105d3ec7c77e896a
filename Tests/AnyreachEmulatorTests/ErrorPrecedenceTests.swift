import AnyreachAPI
import AnyreachModel
import NIOHTTP1
import Testing

@testable import AnyreachEmulator

/// §10 "Which error wins": 404/405 for routing before auth, then 401, 403, 404, 422, 400, 409.
@Suite struct ErrorPrecedenceTests {
    private static let missingUUID = "0190a3c1-0000-7000-8000-000000000000"

    /// (method, path): unknown paths, answered 404 without any credential.
    static let unknownPaths: [(String, String)] = [
        ("GET", "/campaign/nope"), ("GET", "/campaign/campaigns/x/stats/more"), ("GET", "/nope"),
        ("POST", "/campaign/campaigns/x/restart"),
        ("GET", "/campaign"), ("DELETE", "/campaign/campaigns/x/contacts/y/z"),
    ]

    @Test("An unknown path is 404 before auth", arguments: unknownPaths)
    func unknownPath(_ method: String, _ path: String) async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            let response = try await api.send(HTTPMethod(rawValue: method), path, token: nil)
            #expect(response.status == 404)
            #expect(response["detail"]?.stringValue != nil)
        }
    }

    /// (method, path, allowed methods): known paths with a wrong method.
    static let wrongMethods: [(String, String, String)] = [
        ("DELETE", "/campaign/campaigns", "GET, POST"), ("PUT", "/campaign/campaigns/spring", "GET, PATCH"),
        ("GET", "/campaign/campaigns/spring/start", "POST"), ("POST", "/campaign/timezones", "GET"),
        ("DELETE", "/campaign/concurrency-settings", "GET, PUT"),
        ("PATCH", "/campaign/campaigns/spring/contacts/a", "DELETE, GET"),
        ("POST", "/campaign/campaigns/spring/stats", "GET"),
        ("PUT", "/campaign/configurations/x", "DELETE, GET, PATCH"),
    ]

    @Test("A known path with the wrong method is 405 before auth, naming the allowed methods", arguments: wrongMethods)
    func wrongMethod(_ method: String, _ path: String, _ allowed: String) async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            for token in [nil, "ak_unknown.secret", TestCredentials.none] as [String?] {
                let response = try await api.send(HTTPMethod(rawValue: method), path, token: token)
                #expect(response.status == 405)
                #expect(response.headers["Allow"].first == allowed)
                #expect(response["detail"]?.stringValue != nil)
            }
        }
    }

    /// Routes with a body × bodies that are not a JSON object.
    static let unreadableBodies: [(String, String, String)] = ["", "{", "[]", "null", "42"].flatMap { raw in
        [
            ("POST", "/campaign/campaigns", raw), ("PATCH", "/campaign/campaigns/spring", raw),
            ("POST", "/campaign/campaigns/spring/contacts", raw),
            ("POST", "/campaign/configurations", raw), ("PUT", "/campaign/concurrency-settings", raw),
        ]
    }

    @Test("A body that is missing, malformed or not an object is 422 at body", arguments: unreadableBodies)
    func unreadableBody(_ method: String, _ path: String, _ raw: String) async throws {
        try await EmulatorHarness.with { api in
            _ = try await api.createCampaign(externalID: "spring", configurationID: api.createConfiguration())
            let response = try await api.send(HTTPMethod(rawValue: method), path, raw: raw)
            #expect(response.status == 422, "\(response.text)")
            #expect(response.locs.first?.hasPrefix("body") == true, "\(response.text)")
        }
    }

    @Test("401 wins over 403: a pat_ without org header lacking the scope, an unknown key on a mutating route")
    func unauthorizedBeforeForbidden() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            let noOrg = try await api.send(
                .POST, "/campaign/campaigns/missing/close", token: TestCredentials.personalReader)
            #expect(noOrg.status == 401)
            #expect(noOrg.json == ["detail": "Token is missing organization claim."])
            #expect(try await api.send(.DELETE, "/campaign/configurations/x", token: "ak_unknown.secret").status == 401)
        }
    }

    @Test("403 wins over 404 and 422: missing scope on an unknown id with a bad body")
    func forbiddenBeforeNotFound() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api async throws in
            let reader = TestCredentials.read
            #expect(
                try await api.send(.PATCH, "/campaign/campaigns/missing", json: ["priority": 99], token: reader).status
                    == 403)
            #expect(
                try await api.send(.DELETE, "/campaign/configurations/\(Self.missingUUID)", token: reader).status == 403
            )
            #expect(
                try await api.send(.PUT, "/campaign/concurrency-settings", raw: "{oops", token: reader).status == 403)
            #expect(
                try await api.send(
                    .GET, "/campaign/campaigns/missing", token: TestCredentials.personal, org: "org_strangers"
                ).status == 403)
        }
    }

    /// Requests naming an unknown id with a body or query that would also be 422.
    static let notFoundCases: [(String, String, String?)] = [
        ("PATCH", "/campaign/campaigns/missing", #"{"priority": 99}"#),
        ("PATCH", "/campaign/campaigns/missing", "{not json"),
        ("PATCH", "/campaign/campaigns/missing", #"{"name": 5, "status": "closed"}"#),
        ("POST", "/campaign/campaigns/missing/contacts", #"{"contacts": []}"#),
        ("POST", "/campaign/campaigns/missing/contacts", #"{"contacts": [{"phone_numbers": ["nope"]}]}"#),
        ("GET", "/campaign/campaigns/missing/contacts?limit=0", nil),
        ("GET", "/campaign/campaigns/missing/contacts?limit=abc&status=bogus", nil),
        ("GET", "/campaign/campaigns/spring/contacts/missing", nil),
        ("DELETE", "/campaign/campaigns/spring/contacts/missing", nil),
        ("GET", "/campaign/campaigns/spring/stats", nil),
        ("PATCH", "/campaign/configurations/\(missingUUID)", #"{"name": null}"#),
        ("PATCH", "/campaign/configurations/not-a-uuid", "[]"),
        ("POST", "/campaign/campaigns/missing/pause", nil),
    ]

    @Test("404 wins over 422", arguments: notFoundCases)
    func notFoundBeforeInvalid(_ method: String, _ path: String, _ raw: String?) async throws {
        try await EmulatorHarness.with { api in
            _ = try await api.createCampaign(externalID: "spring", configurationID: api.createConfiguration())
            let response = try await api.send(HTTPMethod(rawValue: method), path, raw: raw)
            #expect(response.status == 404, "\(response.text)")
            #expect(response["detail"]?.stringValue != nil)
        }
    }

    @Test("422 wins over 400: invalid bodies sent to a closed campaign")
    func invalidBeforeBadRequest() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration(),
                contacts: [["external_id": "a", "phone_numbers": [phone(1)]]])
            _ = try await api.post("/campaign/campaigns/\(campaign)/close", [:])
            let bodies: [(String, String, JSONValue?, String?, String)] = [
                ("PATCH", "", ["priority": 11], nil, "body.priority"),
                ("PATCH", "", ["status": "active"], nil, "body.status"),
                ("PATCH", "", nil, "{broken", "body"),
                (
                    "PATCH", "", ["contacts": [["id": .string(Self.missingUUID), "phone_numbers": [phone(2)]]]], nil,
                    "body.contacts.0"
                ),
                (
                    "POST", "/contacts", ["contacts": [["phone_numbers": ["abc"]]]], nil,
                    "body.contacts.0.phone_numbers.0"
                ),
                ("POST", "/contacts", ["contacts": []], nil, "body.contacts"),
                ("POST", "/contacts", ["contacts": [["external_id": "new"]]], nil, "body.contacts.0.phone_numbers"),
            ]
            for (method, suffix, json, raw, loc) in bodies {
                let response = try await api.send(
                    HTTPMethod(rawValue: method), "/campaign/campaigns/spring\(suffix)", json: json, raw: raw)
                #expect(response.status == 422, "\(method) \(suffix): \(response.text)")
                #expect(response.locs.contains(loc), "\(response.text)")
            }
        }
    }

    @Test("400 wins over 409: renaming a closed campaign onto a held external_id")
    func badRequestBeforeConflict() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration()
            _ = try await api.createCampaign(externalID: "fall", configurationID: config)
            _ = try await api.createCampaign(externalID: "spring", configurationID: config)
            _ = try await api.post("/campaign/campaigns/spring/close", [:])
            #expect(try await api.patch("/campaign/campaigns/spring", ["external_id": "fall"]).status == 400)
        }
    }

    @Test("422 wins over 409: an invalid body that also repeats a held external_id")
    func invalidBeforeConflict() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration(externalID: "main")
            let other = try await api.createConfiguration(externalID: "other")
            _ = try await api.createCampaign(externalID: "spring", configurationID: config)
            _ = try await api.createCampaign(externalID: "fall", configurationID: config)
            let cases: [(String, String, JSONValue, String)] = [
                (
                    "POST", "/campaign/campaigns",
                    ["name": "x", "configuration_id": .string(config), "external_id": "spring", "priority": 0],
                    "body.priority"
                ),
                (
                    "POST", "/campaign/campaigns",
                    [
                        "name": "x", "configuration_id": .string(config), "external_id": "spring",
                        "contacts": [["id": .string(Self.missingUUID), "phone_numbers": [phone(1)]]],
                    ], "body.contacts.0"
                ),
                ("PATCH", "/campaign/campaigns/fall", ["external_id": "spring", "name": ""], "body.name"),
                (
                    "PATCH", "/campaign/campaigns/fall",
                    ["external_id": "spring", "contacts": [["id": .string(Self.missingUUID)]]], "body.contacts.0"
                ),
                (
                    "POST", "/campaign/configurations",
                    [
                        "name": "x", "external_id": "main", "agent": ["agent_id": "a"],
                        "schedule": ["default_timezone": "Nowhere"],
                    ],
                    "body.schedule.default_timezone"
                ),
                (
                    "PATCH", "/campaign/configurations/\(other)",
                    ["external_id": "main", "dialing_policy": ["max_attempts": 21]], "body.dialing_policy.max_attempts"
                ),
            ]
            for (method, path, body, loc) in cases {
                let response = try await api.send(HTTPMethod(rawValue: method), path, json: body)
                #expect(response.status == 422, "\(method) \(path): \(response.text)")
                #expect(response.locs == [loc], "\(response.text)")
            }
            #expect(try await api.get("/campaign/campaigns").objects("campaigns").count == 2)
        }
    }
}
