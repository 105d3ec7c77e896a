import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Logging
import Synchronization
import Testing

@testable import AnyreachClient

/// Runs the client with known, distinctive tokens through every error path, retries and debug
/// logging, and looks for the tokens in everything a person or a CI log could see.
@Suite struct TokenLeakTests {
    static let manageToken = "ak_leak.ManageSecretQ7xZ41"
    static let readToken = "ak_leak.ReadSecretK2vB93"
    static let personalToken = "pat_PersonalSecretM5nW08"
    static let unknownToken = "ak_leak.UnknownSecretH3jR66"
    static let tokens = [manageToken, readToken, personalToken, unknownToken]

    static var credentials: CredentialStore {
        CredentialStore([
            Credential(token: manageToken, orgs: [CredentialStore.localOrg], scopes: Set(Scope.allCases)),
            Credential(token: readToken, orgs: [CredentialStore.localOrg], scopes: [.campaignsRead]),
            Credential(token: personalToken, orgs: [CredentialStore.localOrg], scopes: Set(Scope.allCases)),
        ])
    }

    @Test func noTokenInErrorsLogsOrDumps() async throws {
        let output = Output()
        let faults = FaultSettings(errorRate: 0.2, lostWriteRate: 0.5, seed: 5)
        try await TestRig.withEmulator(EmulatorConfiguration(credentials: Self.credentials, faults: faults)) {
            emulator in
            try await exercise(emulator, output)
        }
        try await unreachable(output)
        for token in Self.tokens { output.inspect(SecretToken(token)) }

        let text = output.text
        for token in Self.tokens {
            // Booleans, not `text`, in the expectations: a failure must not print the token itself.
            let secret = String(token.split(separator: "_", maxSplits: 1)[1])
            let leaked = text.contains(token) || text.contains(secret)
            #expect(!leaked, "the token \(token.prefix(8))… leaked")
        }
        // The output was really collected: debug lines for requests, retries and each error.
        #expect(text.contains("GET /campaign/campaigns -> 200"))
        #expect(text.contains("-> 50") && text.contains("-> no answer"), "failed attempts were logged")
        for status in [
            "401 Unauthorized", "403 Forbidden", "404 Not Found", "409 Conflict", "422 Unprocessable Content",
            "400 Bad Request", "no answer (",
        ] {
            #expect(text.contains(status), "\(status) was exercised")
        }
        #expect(text.contains("<redacted ak_ token>") && text.contains("<redacted pat_ token>"))
    }

    /// Successes, retried requests and every error status, with each client and error inspected.
    private func exercise(_ emulator: RunningEmulator, _ output: Output) async throws {
        try await withClient(emulator, token: Self.manageToken, output) { client in
            let configuration = try await client.createConfiguration(Seed.configuration("cfg-leak"))
            let campaign = try await client.createCampaign(
                Seed.campaign("camp-leak", configuration: configuration.id, contacts: Seed.contacts("l", count: 300)))
            _ = try await client.readOrg(contactsOf: ["camp-leak"], includeAdHoc: true)
            _ = try await client.closeCampaign(campaign.id)
            await output.expectError { _ = try await client.pauseCampaign(campaign.id) }  // 400
            await output.expectError {
                _ = try await client.updateCampaign("no-such-campaign", patch: .setting(priority: 2))
            }  // 404
            await output.expectError { try await client.deleteConfiguration(configuration.id) }  // 409
            await output.expectError {
                _ = try await client.upsertContacts("default", items: [Seed.item("x", ["nope"])])
            }  // 422
        }
        try await withClient(emulator, token: Self.readToken, output) { client in
            await output.expectError { _ = try await client.setConcurrencyLimit(3) }  // 403
        }
        try await withClient(emulator, token: Self.personalToken, output) { client in
            await output.expectError { _ = try await client.listAllCampaigns() }  // 401, no org
        }
        try await withClient(emulator, token: Self.unknownToken, output) { client in
            await output.expectError { _ = try await client.listConfigurations() }  // 401, unknown
        }
    }

    /// A transport failure: the emulator is gone.
    private func unreachable(_ output: Output) async throws {
        let emulator = try await RunningEmulator.start(EmulatorConfiguration())
        await emulator.stop()
        try await withClient(emulator, token: Self.manageToken, output) { client in
            await output.expectError { _ = try await client.listAllCampaigns() }
        }
    }

    private func withClient(
        _ emulator: RunningEmulator, token: String, _ output: Output,
        _ body: (AnyreachClient) async throws -> Void
    ) async throws {
        let settings = TestRig.settings(
            emulator, token: token,
            retry: RetryPolicy(maxAttempts: 12, baseDelay: .milliseconds(2), maxDelay: .milliseconds(20)))
        output.inspect(settings)
        var logger = Logger(label: "test.leak") { _ in CapturingLogHandler(output: output) }
        logger.logLevel = .trace
        try await TestRig.withClient(settings, logger: logger) { client in
            output.inspect(client)
            try await body(client)
        }
    }
}

/// Everything the test saw, as text.
private final class Output: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    /// The value as printed, debug-printed, interpolated and dumped.
    func inspect(_ value: Any) {
        var dumped = ""
        dump(value, to: &dumped)
        append("\(value)\n\(String(describing: value))\n\(String(reflecting: value))\n\(dumped)")
    }

    /// Runs `operation`, which must fail, and inspects the error in every form.
    func expectError(_ operation: () async throws -> Void) async {
        do {
            try await operation()
            Issue.record("expected an error")
        } catch {
            inspect(error)
            append(error.localizedDescription)
        }
    }
}

/// Writes every message, its metadata and source into `Output`.
private struct CapturingLogHandler: LogHandler {
    let output: Output
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }.merging(metadataProvider?.get() ?? [:]) { $1 }
        output.append(
            "\(event.level) \(event.message) \(all) \(event.source) \(event.error.map { String(describing: $0) } ?? "")"
        )
    }
}
