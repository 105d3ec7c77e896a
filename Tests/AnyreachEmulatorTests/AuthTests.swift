import AnyreachAPI
import AnyreachModel
import NIOHTTP1
import Testing

@testable import AnyreachEmulator

/// Credentials of the auth tests. The harness's default token (every scope in `org_local`) sets
/// fixtures up; the others each carry one scope, or none.
enum TestCredentials {
    static let org = CredentialStore.localOrg
    static let otherOrg = "org_other"
    static let read = "ak_read.secret", manage = "ak_manage.secret", none = "ak_none.secret"
    static let concurrencyRead = "ak_cread.secret", concurrencyManage = "ak_cmanage.secret"
    static let otherOrgKey = "ak_other.secret", personal = "pat_member", personalReader = "pat_reader"

    static let configuration = EmulatorConfiguration(
        credentials: CredentialStore([
            Credential(token: CredentialStore.localToken, orgs: [org], scopes: Set(Scope.allCases)),
            Credential(token: read, orgs: [org], scopes: [.campaignsRead]),
            Credential(token: manage, orgs: [org], scopes: [.campaignsManage]),
            Credential(token: none, orgs: [org], scopes: []),
            Credential(token: concurrencyRead, orgs: [org], scopes: [.concurrencyRead]),
            Credential(token: concurrencyManage, orgs: [org], scopes: [.concurrencyManage]),
            Credential(token: otherOrgKey, orgs: [otherOrg], scopes: [.campaignsManage]),
            Credential(token: personal, orgs: [org, otherOrg], scopes: Set(Scope.allCases)),
            Credential(token: personalReader, orgs: [org], scopes: [.campaignsRead]),
        ]))
}

/// Every campaign-scoped route with a request that succeeds given the fixture of `AuthTests`,
/// in an order where each mutating one still succeeds after those before it.
struct RouteCase: Sendable, CustomTestStringConvertible {
    var method: HTTPMethod
    var path: String
    var body: JSONValue?
    var mutating: Bool
    var testDescription: String { "\(method) \(path)" }

    static let all: [RouteCase] = [
        .init(method: .GET, path: "/campaign/campaigns", mutating: false),
        .init(method: .GET, path: "/campaign/campaigns/spring", mutating: false),
        .init(method: .GET, path: "/campaign/campaigns/{campaign}/stats", mutating: false),
        .init(method: .GET, path: "/campaign/campaigns/spring/contacts", mutating: false),
        .init(method: .GET, path: "/campaign/campaigns/spring/contacts/a", mutating: false),
        .init(method: .GET, path: "/campaign/configurations", mutating: false),
        .init(method: .GET, path: "/campaign/configurations/{config}", mutating: false),
        .init(
            method: .POST, path: "/campaign/campaigns/spring/contacts",
            body: ["contacts": [["external_id": "b", "phone_numbers": ["+14155550101"]]]], mutating: true),
        .init(method: .DELETE, path: "/campaign/campaigns/spring/contacts/a", mutating: true),
        .init(method: .PATCH, path: "/campaign/campaigns/spring", body: ["priority": 2], mutating: true),
        .init(method: .POST, path: "/campaign/campaigns/spring/pause", mutating: true),
        .init(method: .POST, path: "/campaign/campaigns/spring/start", mutating: true),
        .init(method: .POST, path: "/campaign/campaigns/spring/close", mutating: true),
        .init(
            method: .POST, path: "/campaign/campaigns", body: ["name": "x", "configuration_id": "{config}"],
            mutating: true),
        .init(
            method: .POST, path: "/campaign/configurations", body: ["name": "x", "agent": ["agent_id": "a"]],
            mutating: true),
        .init(method: .PATCH, path: "/campaign/configurations/{config}", body: ["name": "y"], mutating: true),
        .init(method: .DELETE, path: "/campaign/configurations/{spare}", mutating: true),
    ]
}

/// §1 and the auth edges of §10 over HTTP.
@Suite struct AuthTests {
    /// Placeholders of `RouteCase.all` → ids: campaign `spring` with contact `a`, its
    /// configuration, and an unreferenced one.
    private func fixture(_ api: EmulatorHarness) async throws -> [String: String] {
        let config = try await api.createConfiguration()
        let spare = try await api.createConfiguration()
        let campaign = try await api.createCampaign(
            externalID: "spring", configurationID: config,
            contacts: [["external_id": "a", "phone_numbers": ["+14155550100"]]])
        return ["{campaign}": campaign, "{config}": config, "{spare}": spare]
    }

    private func send(_ api: EmulatorHarness, _ route: RouteCase, _ ids: [String: String], token: String) async throws
        -> APIResponse
    {
        var path = route.path
        var body = route.body
        for (placeholder, id) in ids {
            path = path.replacing(placeholder, with: id)
            body = body?.replacing(placeholder, with: id)
        }
        return try await api.send(route.method, path, json: body, token: token)
    }

    /// (credential, status of read routes, status of mutating routes); 0 means "any 2xx".
    static let scopeTable: [(String, Int, Int)] = [
        (TestCredentials.read, 0, 403), (TestCredentials.manage, 0, 0), (TestCredentials.none, 403, 403),
        (TestCredentials.concurrencyRead, 403, 403), (TestCredentials.concurrencyManage, 403, 403),
    ]

    @Test("Read routes accept campaigns:read or manage; mutating routes need campaigns:manage", arguments: scopeTable)
    func campaignScopes(_ token: String, _ readStatus: Int, _ writeStatus: Int) async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            let ids = try await fixture(api)
            for route in RouteCase.all {
                let expected = route.mutating ? writeStatus : readStatus
                let response = try await send(api, route, ids, token: token)
                if expected == 0 {
                    #expect((200..<300).contains(response.status), "\(route.testDescription): \(response.text)")
                } else {
                    #expect(response.status == expected, "\(route.testDescription)")
                    #expect(response["detail"]?.stringValue != nil)
                }
            }
        }
    }

    /// (method, credential, status) for the concurrency settings and the time zone list.
    static let settingsTable: [(String, String, String, Int)] = [
        ("GET", "/campaign/concurrency-settings", TestCredentials.read, 200),
        ("GET", "/campaign/concurrency-settings", TestCredentials.manage, 200),
        ("GET", "/campaign/concurrency-settings", TestCredentials.concurrencyRead, 200),
        ("GET", "/campaign/concurrency-settings", TestCredentials.concurrencyManage, 200),
        ("GET", "/campaign/concurrency-settings", TestCredentials.none, 403),
        ("PUT", "/campaign/concurrency-settings", TestCredentials.manage, 200),
        ("PUT", "/campaign/concurrency-settings", TestCredentials.concurrencyManage, 200),
        ("PUT", "/campaign/concurrency-settings", TestCredentials.read, 403),
        ("PUT", "/campaign/concurrency-settings", TestCredentials.concurrencyRead, 403),
        ("PUT", "/campaign/concurrency-settings", TestCredentials.none, 403),
        ("GET", "/campaign/timezones", TestCredentials.none, 200),
        ("GET", "/campaign/timezones", TestCredentials.concurrencyRead, 200),
    ]

    @Test(
        "Concurrency GET takes any read or manage scope, PUT campaigns:manage or concurrency:manage; time zones need no scope",
        arguments: settingsTable)
    func settingsScopes(_ method: String, _ path: String, _ token: String, _ status: Int) async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            let response = try await api.send(
                HTTPMethod(rawValue: method), path, json: method == "PUT" ? ["concurrency_limit": 7] : nil, token: token
            )
            #expect(response.status == status)
        }
    }

    @Test(
        "A missing, unknown or malformed credential is 401",
        arguments: [nil, "", "ak_unknown.secret", "pat_unknown", "ak_read.secre"] as [String?])
    func unauthenticated(_ token: String?) async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            for path in ["/campaign/campaigns", "/campaign/timezones", "/campaign/concurrency-settings"] {
                let response = try await api.send(.GET, path, token: token, org: TestCredentials.org)
                #expect(response.status == 401, "\(path)")
                #expect(response["detail"]?.stringValue != nil)
            }
        }
    }

    @Test("A pat_ without X-Anyreach-Org is 401 with the documented body, time zones included")
    func personalTokenNeedsOrg() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            for path in ["/campaign/campaigns", "/campaign/timezones", "/campaign/concurrency-settings"] {
                let response = try await api.send(.GET, path, token: TestCredentials.personal)
                #expect(response.status == 401, "\(path)")
                #expect(response.json == ["detail": "Token is missing organization claim."])
                #expect(
                    try await api.send(.GET, path, token: TestCredentials.personal, org: TestCredentials.org).status
                        == 200)
            }
        }
    }

    @Test("A pat_ naming an org its user is not in is 403")
    func personalTokenForeignOrg() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api async throws in
            for path in ["/campaign/campaigns", "/campaign/timezones"] {
                #expect(
                    try await api.send(.GET, path, token: TestCredentials.personal, org: "org_strangers").status == 403)
                #expect(
                    try await api.send(.GET, path, token: TestCredentials.personalReader, org: TestCredentials.otherOrg)
                        .status == 403)
            }
        }
    }

    @Test("X-Anyreach-Org is ignored with an ak_ key: the key's own org is used")
    func orgHeaderIgnoredForKeys() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            _ = try await fixture(api)
            #expect(
                try await api.send(
                    .GET, "/campaign/campaigns/spring", token: TestCredentials.read, org: TestCredentials.otherOrg
                ).status == 200)
            #expect(
                try await api.send(.GET, "/campaign/campaigns/spring", token: TestCredentials.read, org: "org_nobody")
                    .status == 200)
            #expect(
                try await api.send(
                    .GET, "/campaign/campaigns/spring", token: TestCredentials.otherOrgKey, org: TestCredentials.org
                ).status == 404)
        }
    }

    @Test("Orgs are isolated: one org's campaigns, contacts and configurations are 404 in another")
    func orgIsolation() async throws {
        try await EmulatorHarness.with(TestCredentials.configuration) { api in
            let ids = try await fixture(api)
            let campaign = try #require(ids["{campaign}"])
            let config = try #require(ids["{config}"])
            let pat = TestCredentials.personal
            let other = TestCredentials.otherOrg
            #expect(
                try await api.send(.GET, "/campaign/campaigns/\(campaign)", token: pat, org: TestCredentials.org).status
                    == 200)
            for path in [
                "/campaign/campaigns/\(campaign)", "/campaign/campaigns/spring",
                "/campaign/campaigns/\(campaign)/stats",
                "/campaign/campaigns/spring/contacts", "/campaign/campaigns/spring/contacts/a",
                "/campaign/configurations/\(config)",
            ] {
                #expect(try await api.send(.GET, path, token: pat, org: other).status == 404, "\(path)")
            }
            #expect(try await api.send(.POST, "/campaign/campaigns/spring/close", token: pat, org: other).status == 404)
            #expect(try await api.send(.GET, "/campaign/campaigns", token: pat, org: other)["campaigns"] == [])
            #expect(
                try await api.send(.GET, "/campaign/configurations", token: pat, org: other)["configurations"] == [])
            #expect(
                try await api.send(.GET, "/campaign/campaigns/default/contacts", token: pat, org: other)["total"] == 0)
            // A configuration of another org is unknown to a create there: 422 at configuration_id.
            let create = try await api.send(
                .POST, "/campaign/campaigns", json: ["name": "x", "configuration_id": .string(config)], token: pat,
                org: other)
            #expect(create.locs == ["body.configuration_id"])
            // external_ids are unique per org, not across orgs.
            let own = try await api.send(
                .POST, "/campaign/configurations", json: ["name": "x", "agent": ["agent_id": "a"]],
                token: TestCredentials.otherOrgKey)
            let mirrored = try await api.send(
                .POST, "/campaign/campaigns",
                json: ["name": "x", "external_id": "spring", "configuration_id": own["id"] ?? .null],
                token: TestCredentials.otherOrgKey)
            #expect(mirrored.status == 200)
            #expect(try await api.get("/campaign/campaigns/spring")["id"] == .string(campaign))
        }
    }
}
