import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Synchronization
import Testing

/// The real emulator in this process on a loopback port, for engine sessions over real HTTP.
enum SessionRig {
    /// Runs `body` against an emulator, stopping it on every path.
    static func withEmulator<T>(
        _ configuration: EmulatorConfiguration = EmulatorConfiguration(), _ body: (RunningEmulator) async throws -> T
    ) async throws -> T {
        let emulator = try await RunningEmulator.start(configuration)
        do {
            let result = try await body(emulator)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Settings for `baseURL` with the emulator's all-scope credential and quick retries.
    static func settings(_ baseURL: String, org: String? = nil, attempts: Int = 4) -> ConnectionSettings {
        let retry = RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(2), maxDelay: .milliseconds(20))
        return ConnectionSettings(
            baseURL: URL(string: baseURL)!, token: SecretToken(CredentialStore.localToken),
            org: org, connectTimeout: .seconds(2), requestTimeout: .seconds(20), retry: retry)
    }

    /// `text` as `org.yaml` in a fresh directory, loaded; records the diagnostics when it fails.
    static func desired(_ text: String) throws -> DesiredState {
        let loaded = try load(text)
        guard let state = loaded.state else {
            Issue.record("the manifest did not load:\n\(loaded.diagnostics.map(\.description).joined(separator: "\n"))")
            throw FixtureError()
        }
        return state
    }

    static func load(_ text: String) throws -> ManifestLoadResult {
        let directory = try manifestDirectory(text)
        defer { try? FileManager.default.removeItem(at: directory) }
        return ManifestLoader(interpolator: Interpolator(environment: [:])).load(paths: [directory.path])
    }

    /// A fresh directory holding `text` as `org.yaml`.
    static func manifestDirectory(_ text: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: directory.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    /// Plans `desired` on `connection` and applies it whole; fails the test if any of it failed.
    static func apply(_ desired: DesiredState, on connection: OpenConnection) async throws {
        let plan = try await connection.plan(desired)
        let report = await PlanExecutor(
            client: connection.client, plan: plan, control: ApplyControl(), failFast: false,
            progress: ApplyProgress(plan: plan)
        ).execute()
        try #require(report.succeeded, "\(report.operations.filter { $0.outcome != .done })")
    }
}

/// Opens clients to an emulator the test started, counting opens and closes: what the CLI's
/// remote-API provider does, against a server the test controls.
final class EmulatorConnections: ConnectionProvider {
    let baseURL: String
    let org: String?
    let isEphemeral: Bool
    private let counts = Mutex((opened: 0, closed: 0))

    init(_ emulator: RunningEmulator, org: String? = nil, isEphemeral: Bool = false) {
        baseURL = emulator.baseURL
        self.org = org
        self.isEphemeral = isEphemeral
    }

    var opened: Int { counts.withLock { $0.opened } }
    var closed: Int { counts.withLock { $0.closed } }

    func open() async throws -> OpenConnection {
        counts.withLock { $0.opened += 1 }
        return OpenConnection(settings: SessionRig.settings(baseURL, org: org), isEphemeral: isEphemeral) {
            self.counts.withLock { $0.closed += 1 }
        }
    }
}
