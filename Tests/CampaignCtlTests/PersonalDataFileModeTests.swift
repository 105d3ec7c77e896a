import Foundation
import TestSupport
import Testing

/// Every file campaignctl writes that holds people's numbers is owner-only: saved plans, apply
/// reports and exports (0600, their new directories 0700), and the embedded emulator's directory.
@Suite struct PersonalDataFileModeTests {
    @Test func plansReportsAndExportsAreOwnerOnly() async throws {
        try await Scenario.with("file-modes", example: ".") { scenario in
            let workspace = scenario.workspace
            // A plan file left world-readable by an older version is replaced, not reused.
            try workspace.write("plan.json", "{}")
            try setMode(0o644, workspace.url("plan.json").path)
            let plan = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(plan.status == 0, "\(plan)")
            #expect(try mode(workspace.url("plan.json").path) == 0o600)

            let apply = try await scenario.campaignctl.run([
                "apply", "--plan", "plan.json", "--auto-approve", "--report", "report.json",
            ])
            try #require(apply.status == 0, "\(apply)")
            #expect(try mode(workspace.url("report.json").path) == 0o600)

            let export = try await scenario.campaignctl.run(["export", "--out", "exported/org"])
            try #require(export.status == 0, "\(export)")
            try expectOwnerOnly(tree: workspace.url("exported").path)
        }
    }

    @Test func theEmbeddedEmulatorsDirectoryIsOwnerOnly() async throws {
        let workspace = try Workspace("file-modes-embedded")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        let campaignctl = Campaignctl(directory: workspace.root)
        let run = try await campaignctl.run(["plan", "--emulator=state/org/db.sqlite", "examples/"])
        try #require(run.status == 0, "\(run)")
        #expect(try mode(workspace.url("state").path) == 0o700)
        #expect(try mode(workspace.url("state/org").path) == 0o700)
    }

    /// Every directory under `tree` (itself included) is 0700 and every file 0600.
    private func expectOwnerOnly(tree: String) throws {
        #expect(try mode(tree) == 0o700, "\(tree)")
        let entries = try FileManager.default.subpathsOfDirectory(atPath: tree)
        #expect(entries.contains { $0.hasSuffix(".csv") }, "the export wrote contacts: \(entries)")
        for entry in entries {
            let path = tree + "/" + entry
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            #expect(try mode(path) == (isDirectory.boolValue ? 0o700 : 0o600), "\(entry)")
        }
    }

    private func mode(_ path: String) throws -> mode_t {
        var info = stat()
        guard stat(path, &info) == 0 else { throw TestFailure("stat \(path) failed") }
        return info.st_mode & 0o777
    }

    private func setMode(_ mode: mode_t, _ path: String) throws {
        guard chmod(path, mode) == 0 else { throw TestFailure("chmod \(path) failed") }
    }
}
