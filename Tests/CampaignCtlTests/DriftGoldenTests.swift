import Foundation
import TestSupport
import Testing

/// `drift`'s three formats and its exit codes, run as the built binary against the emulator:
/// 0 in sync, 2 drifted, 1 when it can't tell (manifests that don't load, a refused token).
/// Goldens in `Golden/drift-*.txt`; `RECORD_GOLDEN=1` rewrites them.
@Suite struct DriftGoldenTests {
    static let formats = ["text", "json", "markdown"]

    @Test func inSyncThenDriftedInEachFormat() async throws {
        try await Scenario.with("drift-golden", fixture: "drift") { scenario in
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "drift/"])
            try #require(apply.status == 0, "\(apply)")
            for format in Self.formats {
                try await check(
                    scenario, ["drift", "--format", format, "drift/"], name: "drift-in-sync-\(format)", status: 0)
            }
            for change in BehindTheBack.allCases { try await change.perform(on: scenario.emulator.baseURL) }
            for format in Self.formats {
                let run = try await check(
                    scenario, ["drift", "--format", format, "drift/"], name: "drift-drifted-\(format)", status: 2)
                // lead-02's number, live (changed behind the back) and in the manifests.
                #expect(
                    !run.stdout.contains("5550999") && !run.stdout.contains("5550102"),
                    "\(format) shows a phone number: \(run)")
            }
            let shown = try await check(
                scenario, ["drift", "--show-sensitive", "drift/"], name: "drift-drifted-sensitive", status: 2)
            #expect(shown.stdout.contains("+13125550999") && shown.stdout.contains("+13125550102"), "\(shown)")
        }
    }

    @Test func manifestsThatDontLoadExitOneAndReadNothing() async throws {
        try await Scenario.with("drift-golden-broken", fixture: "drift-broken") { scenario in
            try await check(scenario, ["drift", "drift-broken/"], name: "drift-manifest-error", status: 1)
            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.entries.allSatisfy { $0.route.hasPrefix("/_emulator") }, "the org was read:\n\(metrics)")
        }
    }

    @Test func aRefusedTokenExitsOneWithoutShowingIt() async throws {
        try await Scenario.with("drift-golden-token", fixture: "drift") { scenario in
            var campaignctl = scenario.campaignctl
            campaignctl.token = "ak_wrong.k3ep-this-s3cret"
            let arguments = ["drift", "drift/"]
            let run = try await campaignctl.run(arguments)
            #expect(!(run.stdout + run.stderr).contains("k3ep-this-s3cret"), "\(run)")
            try Locations.goldens.check(run.transcript(arguments), name: "drift-unauthorized.txt")
            #expect(run.status == 1)
        }
    }

    @discardableResult
    private func check(_ scenario: Scenario, _ arguments: [String], name: String, status: Int32) async throws
        -> Finished
    {
        let run = try await scenario.campaignctl.run(arguments)
        #expect(run.status == status, "\(run)")
        try Locations.goldens.check(run.transcript(arguments), name: "\(name).txt")
        return run
    }
}
