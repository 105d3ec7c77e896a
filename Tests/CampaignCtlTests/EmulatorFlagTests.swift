import Foundation
import TestSupport
import Testing

/// `--emulator` as people write it, through the binary's own argument parsing: bare (before an
/// option, before a manifest path, last), with a database attached, or with a database file
/// after it. Each plans the examples against the database it names, or the default.
@Suite struct EmulatorFlagTests {
    static let standard = ".campaignctl/emulator.sqlite"

    @Test(arguments: [
        (["plan", "--emulator", "examples/"], standard),
        (["plan", "--emulator", "examples"], standard),
        (["plan", "examples/", "--emulator"], standard),
        (["plan", "--emulator", "--out", "plan.json", "examples/"], standard),
        (["plan", "--emulator", "state.sqlite", "examples/"], "state.sqlite"),
        (["plan", "--emulator=state/org", "examples/"], "state/org"),
    ])
    func theDatabaseIsTheOneNamedOrTheDefault(arguments: [String], database: String) async throws {
        let workspace = try Workspace("emulator-flag")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ANYREACH_") }
        environment["NO_COLOR"] = "1"
        let run = try await ChildProcess.run(
            try BuiltProducts.executable("campaignctl"), arguments,
            environment: environment, directory: workspace.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("(state in \(database); no credentials needed)"), "\(run.stderr)")
        #expect(run.stdout.contains("5 to create"), "the examples were planned: \(run.stdout.prefix(300))")
        #expect(FileManager.default.fileExists(atPath: workspace.url(database).path))
    }
}
