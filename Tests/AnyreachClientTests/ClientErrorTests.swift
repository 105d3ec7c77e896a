import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachClient

/// Each error says what was asked (method and route), what the API answered, and what to do.
@Suite struct ClientErrorTests {
    static let readerToken = "ak_reader.readonly"
    static let personalToken = "pat_user.personal"

    /// The local all-scope key, a read-only key and a personal token, all in `org_local`.
    static var credentials: CredentialStore {
        CredentialStore([
            Credential(
                token: CredentialStore.localToken, orgs: [CredentialStore.localOrg], scopes: Set(Scope.allCases)),
            Credential(token: readerToken, orgs: [CredentialStore.localOrg], scopes: [.campaignsRead]),
            Credential(token: personalToken, orgs: [CredentialStore.localOrg], scopes: Set(Scope.allCases)),
        ])
    }

    /// The error `operation` throws with a client over `token` (and `org`), or a failed expectation.
    static func error(
        token: String = CredentialStore.localToken, org: String? = nil,
        _ operation: @Sendable (AnyreachClient) async throws -> Void
    ) async throws -> APIClientError {
        try await TestRig.withEmulator(EmulatorConfiguration(credentials: credentials)) { emulator in
            try await TestRig.withClient(TestRig.settings(emulator, token: token, org: org)) { client in
                try await #require(throws: APIClientError.self) { try await operation(client) }
            }
        }
    }

    @Test func personalTokenWithoutOrgSaysToSetTheOrg() async throws {
        let error = try await Self.error(token: Self.personalToken) { _ = try await $0.listAllCampaigns() }
        #expect(error.status == 401)
        #expect(
            error.description.hasPrefix(
                "GET /campaign/campaigns: 401 Unauthorized: Token is missing organization claim."))
        #expect(error.description.contains("--org") && error.description.contains("ANYREACH_ORG"), "\(error)")
    }

    @Test func personalTokenWithOrgIsAccepted() async throws {
        try await TestRig.withEmulator(EmulatorConfiguration(credentials: Self.credentials)) { emulator in
            try await TestRig.withClient(
                TestRig.settings(emulator, token: Self.personalToken, org: CredentialStore.localOrg)
            ) { client in
                let campaigns = try await client.listAllCampaigns()
                #expect(campaigns.isEmpty)
            }
        }
    }

    @Test func unknownTokenSaysToCheckTheCredential() async throws {
        let error = try await Self.error(token: "ak_nobody.unknown") { _ = try await $0.listConfigurations() }
        #expect(error.status == 401)
        #expect(
            error.description.hasPrefix(
                "GET /campaign/configurations: 401 Unauthorized: Invalid or revoked credential."), "\(error)")
        #expect(error.description.contains("ANYREACH_TOKEN") && error.description.contains("--token-file"), "\(error)")
        #expect(!error.description.contains("--org"))
    }

    @Test func forbiddenNamesTheScopeTheRouteNeeds() async throws {
        let patch = try await Self.error(token: Self.readerToken) {
            _ = try await $0.updateCampaign("camp-1", patch: .setting(priority: 3))
        }
        #expect(patch.status == 403)
        #expect(patch.description.hasPrefix("PATCH /campaign/campaigns/camp-1: 403 Forbidden"), "\(patch)")
        #expect(patch.description.contains("This route needs the scope campaigns:manage"), "\(patch)")

        let put = try await Self.error(token: Self.readerToken) { _ = try await $0.setConcurrencyLimit(20) }
        #expect(put.description.hasPrefix("PUT /campaign/concurrency-settings: 403 Forbidden"), "\(put)")
        #expect(put.description.contains("campaigns:manage"), "\(put)")
    }

    @Test func forbiddenOrgSaysToCheckTheOrgNotTheScope() async throws {
        let error = try await Self.error(token: Self.personalToken, org: "org_other") {
            _ = try await $0.listAllCampaigns()
        }
        #expect(error.status == 403)
        #expect(
            error.description.hasPrefix(
                "GET /campaign/campaigns: 403 Forbidden: This token's user is not a member of organization 'org_other'"),
            "\(error)")
        #expect(
            error.description.hasSuffix(
                "Check the org in --org or ANYREACH_ORG: the token's user is not a member of it"), "\(error)")
    }

    @Test func notFoundNamesWhatWasLookedUp() async throws {
        let patch = try await Self.error {
            _ = try await $0.updateCampaign("no-such-campaign", patch: .setting(priority: 3))
        }
        #expect(patch.status == 404)
        #expect(
            patch.description
                == "PATCH /campaign/campaigns/no-such-campaign: 404 Not Found: Campaign 'no-such-campaign' not found. "
                + "Nothing with that id or external_id exists in this org")

        let id = "0b9f3c1e-51d4-4b8e-9d55-2a8f8d0e7c11"
        let delete = try await Self.error { try await $0.deleteConfiguration(id) }
        #expect(delete.description.hasPrefix("DELETE /campaign/configurations/\(id): 404 Not Found"), "\(delete)")

        let contact = try await Self.error { try await $0.deleteContact("default", "lead-404") }
        #expect(
            contact.description.hasPrefix("DELETE /campaign/campaigns/default/contacts/lead-404: 404 Not Found"),
            "\(contact)")
        #expect(contact.description.contains("lead-404' not found"), "\(contact)")
    }

    @Test func unprocessableShowsEachLocationAndMessage() async throws {
        let items: [ContactUpsert] = [
            Seed.item("bad-0", ["not a phone"]),
            Seed.item("ok-1", [Seed.phone(1)]),
            Seed.item("bad-2", [Seed.phone(2), "+99"]),
        ]
        let error = try await Self.error { client in
            let configuration = try await client.createConfiguration(Seed.configuration("cfg-422"))
            _ = try await client.createCampaign(Seed.campaign("camp-422", configuration: configuration.id))
            _ = try await client.upsertContacts("camp-422", items: items)
        }
        #expect(error.status == 422)
        #expect(
            error.description.hasPrefix("POST /campaign/campaigns/camp-422/contacts: 422 Unprocessable Content: "),
            "\(error)")
        let locations = error.detail.map { String($0.prefix { $0 != ":" }) }
        #expect(locations == ["body.contacts.0.phone_numbers.0", "body.contacts.2.phone_numbers.1"], "\(error)")
        for line in error.detail {
            #expect(line.count > "body.contacts.0.phone_numbers.0: ".count, "a message follows the location: \(line)")
            #expect(error.description.contains(line.strippingEdges(["."])))
        }
    }

    @Test func transportFailureReadsWell() async throws {
        let emulator = try await RunningEmulator.start(EmulatorConfiguration())
        let settings = TestRig.settings(
            emulator, retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), maxDelay: .milliseconds(5)))
        await emulator.stop()
        let error = try await TestRig.withClient(settings) { client in
            try await #require(throws: APIClientError.self) { _ = try await client.listAllCampaigns() }
        }
        let text = error.description
        #expect(error.status == nil)
        #expect(text.hasPrefix("GET /campaign/campaigns: no answer ("), "\(text)")
        #expect(text.contains("(after 3 attempts)"), "\(text)")
        #expect(text.hasSuffix("Check --api-url and the network; running the same command again is safe"), "\(text)")
        #expect(text.count < 300 && !text.contains("\n"), "one readable line: \(text)")
    }

    @Test func createsAreNotRepeatedAfterANonRetryableError() async throws {
        let error = try await Self.error {
            _ = try await $0.createCampaign(Seed.campaign("camp-x", configuration: "missing-config"))
        }
        #expect(error.status == 422 && error.attempts == 1, "\(error)")
        #expect(error.description.hasPrefix("POST /campaign/campaigns: 422 Unprocessable Content"), "\(error)")
    }
}
