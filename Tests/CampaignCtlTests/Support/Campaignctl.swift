import Foundation
import TestSupport

/// The built `campaignctl`, run from a workspace against one emulator with the credential in
/// `ANYREACH_TOKEN` and colour off: stdout, stderr and the exit code as a user sees them.
struct Campaignctl {
    let workspace: URL
    var apiURL: String
    var token = HTTP.token

    init(workspace: URL, emulator: EmulatorServer) {
        self.workspace = workspace
        apiURL = emulator.baseURL
    }

    /// Runs `campaignctl ARGUMENTS --api-url URL` to the end.
    func run(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> Finished {
        try await start(arguments).wait(timeout: timeout)
    }

    /// Starts it without waiting, for tests that interrupt or kill it.
    func start(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(try Locations.executable("campaignctl"), arguments + ["--api-url", apiURL], environment: environment, directory: workspace)
    }

    /// The caller's environment without any Anyreach settings of its own, plus ours.
    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("ANYREACH_") }
        environment["ANYREACH_TOKEN"] = token
        environment["NO_COLOR"] = "1"
        return environment
    }
}

extension Finished {
    /// The `Apply: N done, N failed, N skipped because a dependency failed…` line, if printed.
    var applySummary: String? {
        stdout.split(separator: "\n").last(where: { $0.hasPrefix("Apply: ") }).map(String.init)
    }

    /// The numbers of the summary line: done, failed, skipped.
    var applyCounts: (done: Int, failed: Int, skipped: Int)? {
        guard let line = applySummary,
              let match = line.firstMatch(of: /^Apply: (\d+) done, (\d+) failed, (\d+) skipped because a dependency failed/) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }
}
