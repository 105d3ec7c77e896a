import Foundation
import TestSupport
import Testing

/// A workspace with a repository (`repo/`) and, beside it, a directory the repository must never
/// read (`outside/`) holding canary files; campaignctl runs with a canary token and a canary
/// variable in its environment, so that any leak shows as one of them in the output.
struct HostileTree {
    let workspace: Workspace
    let token = "ak_hostile.\(UUID().uuidString)"
    let canaryVariable = "canary-variable-\(UUID().uuidString)"
    let canaryContent = "canary-content-\(UUID().uuidString)"

    var root: URL { workspace.root }

    init(_ name: String) throws {
        workspace = try Workspace(name)
        try write("outside/secret.csv", "\(canaryContent),phone\nrow-\(canaryContent),+14155550199\n")
        try write(
            "outside/secret.yaml", "contacts:\n  - {external_id: \(canaryContent), phone_numbers: [\"+14155550199\"]}\n"
        )
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("repo/contacts"), withIntermediateDirectories: true)
    }

    /// The absolute path of a file in `outside/` (of the directory itself for "").
    func outside(_ name: String) -> String {
        root.appendingPathComponent("outside").appendingPathComponent(name).path
    }

    /// A manifest whose campaign names `path` as its contacts file on line 11.
    func writeManifest(naming path: String, csv: Bool) throws {
        let entry = csv ? "- path: \(path)\n        columns: {external_id: id, phone_numbers: [phone]}" : "- \(path)"
        try write(
            "repo/campaigns/leads.yaml",
            """
            # A campaign whose contacts file is the attack.
            configurations:
              hours:
                name: Hours
                agent: {agent_id: agent-1}
            campaigns:
              leads:
                name: Leads
                configuration: hours
                contacts_files:
                  \(entry)

            """)
    }

    func write(_ path: String, _ text: String) throws { try workspace.write(path, text) }

    func link(_ path: String, to target: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    func fifo(_ path: String) throws {
        guard mkfifo(root.appendingPathComponent(path).path, 0o600) == 0 else {
            throw TestFailure("mkfifo \(path) failed")
        }
    }

    func directory(_ path: String) throws {
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// Runs the built campaignctl in the workspace with the canaries in its environment.
    func campaignctl(_ arguments: [String]) async throws -> Finished {
        let campaignctl = Campaignctl(
            directory: root, token: token, environment: ["HOSTILE_TEST_CANARY": canaryVariable])
        return try await campaignctl.run(arguments, timeout: .seconds(30))
    }

    /// Neither the environment nor any file outside the tree shows in stdout or stderr.
    func expectNoLeak(_ run: Finished, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let secrets = [
            token, canaryVariable, canaryContent, "ANYREACH_TOKEN", "HOSTILE_TEST_CANARY", "PATH=", "root:x:0:0",
        ]
        for output in [run.stdout, run.stderr] {
            for secret in secrets {
                #expect(
                    !output.contains(secret), "\(command) printed \(secret): \(run)", sourceLocation: sourceLocation)
            }
        }
    }

    func remove() { workspace.remove() }
}
