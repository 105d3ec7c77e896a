import Foundation
import TestSupport
import Testing

/// `campaignctl windows`, run as the built binary, offline: the examples' grids in each format, a
/// fixture with calls outside its band, and manifests that don't load. Goldens in
/// `Golden/windows-*.txt`; `RECORD_GOLDEN=1` rewrites them.
@Suite struct WindowsCommandTests {
    @Test(arguments: ["text", "markdown"])
    func theExamplesInEachFormat(_ format: String) async throws {
        let workspace = try Workspace("windows-examples")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        let run = try await check(
            workspace, ["windows", "--format", format, "examples/"], name: "windows-examples-\(format)", status: 0)
        #expect(run.stderr.isEmpty, "\(run)")
    }

    /// A band of 09:00–20:00 as a warning: the grids mark what lies outside it with `!`, and
    /// validate's warnings go to stderr beside them.
    @Test func callsOutsideTheBandAreMarked() async throws {
        let workspace = try Workspace("windows-outside")
        defer { workspace.remove() }
        try workspace.copyFixture("windows")
        let run = try await check(workspace, ["windows", "windows/"], name: "windows-outside-band", status: 0)
        #expect(run.stdout.contains("!"), "\(run)")
        #expect(run.stderr.contains("warning:"), "\(run)")
    }

    @Test func manifestsThatDontLoadExitOneAndDrawNothing() async throws {
        let workspace = try Workspace("windows-broken")
        defer { workspace.remove() }
        try workspace.copyFixture("drift-broken")
        let run = try await check(workspace, ["windows", "drift-broken/"], name: "windows-manifest-error", status: 1)
        #expect(run.stdout.isEmpty, "\(run)")
    }

    @Test func anUnknownFormatIsAUsageError() async throws {
        let workspace = try Workspace("windows-usage")
        defer { workspace.remove() }
        let run = try await Campaignctl(directory: workspace.root).run(["windows", "--format", "json", "."])
        #expect(run.status == 64, "\(run)")
        #expect(run.stderr.contains("text") && run.stderr.contains("markdown"), "\(run)")
    }

    @discardableResult
    private func check(_ workspace: Workspace, _ arguments: [String], name: String, status: Int32) async throws
        -> Finished
    {
        let run = try await Campaignctl(directory: workspace.root).run(arguments)
        #expect(run.status == status, "\(run)")
        try Locations.goldens.check(run.transcript(arguments), name: "\(name).txt")
        return run
    }
}
