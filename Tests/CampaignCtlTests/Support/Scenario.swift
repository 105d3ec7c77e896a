import Foundation
import TestSupport

/// One test's world: a workspace, an emulator on the workspace's database, and campaignctl
/// pointed at it. `with` tears it all down on every path.
final class Scenario {
    let workspace: Workspace
    private(set) var emulator: EmulatorServer

    /// The built campaignctl in the workspace, pointed at the emulator with its local credential.
    var campaignctl: Campaignctl { Campaignctl(directory: workspace.root, apiURL: emulator.baseURL, token: HTTP.token) }
    var database: URL { emulator.database }

    private init(workspace: Workspace, emulator: EmulatorServer) {
        self.workspace = workspace
        self.emulator = emulator
    }

    static func with<T>(
        _ name: String, example: String? = nil, fixture: String? = nil, emulatorFlags: [String] = [],
        _ body: (Scenario) async throws -> T
    ) async throws -> T {
        let workspace = try Workspace(name)
        if let example { try workspace.copyExample(example) }
        if let fixture { try workspace.copyFixture(fixture) }
        let scenario: Scenario
        do {
            scenario = Scenario(
                workspace: workspace,
                emulator: try await EmulatorServer.start(database: workspace.database(), emulatorFlags))
        } catch {
            workspace.remove()
            throw error
        }
        defer {
            scenario.emulator.kill()
            workspace.remove()
        }
        return try await body(scenario)
    }

    /// Stops the emulator and starts another on the same database with other flags (faults on
    /// or off); campaignctl calls made after this reach the new one.
    func restartEmulator(_ flags: [String] = []) async throws {
        try await emulator.stop()
        emulator = try await EmulatorServer.start(database: emulator.database, flags)
    }

    /// The API gone for `outage` (the emulator killed, as a crash or a deploy would), then back
    /// on the same port and database.
    func interruptEmulator(for outage: Duration, flags: [String] = []) async throws {
        let port = emulator.port
        emulator.kill()
        try await Task.sleep(for: outage)
        emulator = try await EmulatorServer.start(database: emulator.database, port: port, flags)
    }

    /// The org as it is now, read through the current emulator.
    func inventory() async throws -> LiveInventory {
        try await LiveInventory.read(emulator.baseURL)
    }

    /// `plan --detailed-exitcode` over `paths`: exit 0 when the org matches.
    func planIsEmpty(_ paths: [String] = ["examples/"]) async throws -> Finished {
        try await campaignctl.run(["plan", "--detailed-exitcode"] + paths)
    }
}
