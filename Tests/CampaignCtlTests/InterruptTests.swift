import Foundation
import TestSupport
import Testing

/// Ctrl-C or SIGTERM mid-apply: the operations under way finish, nothing new starts, the run
/// ends with its summary and exit 1, and the next apply does the rest.
@Suite struct InterruptTests {
    /// Parallelism 1 and 300 ms per request: the signal comes while the first of three upserts
    /// is under way, so at least one is left unstarted.
    @Test(arguments: [SIGTERM, SIGINT])
    func interruptedApplyStopsCleanlyWithTheSummary(signal: Int32) async throws {
        let manifest = ManifestGenerator(campaigns: [.init(key: "slow", status: "paused", contacts: 3_000)])
        try await Scenario.with("interrupt", emulatorFlags: ["--latency-ms", "300"]) { scenario in
            try manifest.write(to: scenario.workspace, directory: "manifests")
            let child = try scenario.campaignctl.start([
                "apply", "--auto-approve", "--parallelism", "1", "--report", "report.json", "manifests/",
            ])
            defer { child.killNow() }
            // Writes: configuration, create, pause, then three upserts one at a time. Looked at
            // with campaignctl stopped, so a slow look can't miss the moment (see KillTests).
            while child.isRunning {
                child.send(SIGSTOP)
                if try await scenario.emulator.metrics().writeCount >= 3 { break }
                child.send(SIGCONT)
                try await Task.sleep(for: .milliseconds(20))
            }
            child.send(signal)
            child.send(SIGCONT)
            let run = try await child.wait(timeout: .seconds(30))
            #expect(!run.signalled && run.status == 1, "\(run)")
            #expect(run.stderr.contains("interrupted: letting requests in flight finish"), "\(run)")
            #expect(run.applySummary?.contains("not started (interrupted)") == true, "\(run)")
            let report = try ReportFile(scenario.workspace.url("report.json"))
            #expect(report.interrupted == true && report.count("not_started") > 0, "\(report.outcomes)")
            #expect(report.count("failed") == 0, "requests in flight finish rather than fail: \(report.reasons)")

            let next = try await scenario.campaignctl.run(["apply", "--auto-approve", "manifests/"])
            #expect(next.status == 0, "\(next)")
            #expect(try await scenario.inventory().contactCount("slow") == 3_000)
        }
    }
}
