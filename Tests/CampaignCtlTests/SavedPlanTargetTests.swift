import Foundation
import TestSupport
import Testing

/// A saved plan is executed only as reviewed and only where it was made: manifest paths next to
/// `--plan` are refused, and so is a plan made against another API.
@Suite struct SavedPlanTargetTests {
    @Test func manifestPathsNextToASavedPlanAreRefused() async throws {
        try await Scenario.with("plan-paths", example: ".") { scenario in
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            let run = try await scenario.campaignctl.run(["apply", "--plan", "plan.json", "--auto-approve", "examples/"])
            #expect(run.status == 64, "a usage error: \(run)")
            #expect(run.stderr.contains("--plan executes the saved plan as it was reviewed"), "\(run)")
        }
    }

    @Test func aPlanMadeAgainstAnotherAPIIsRefused() async throws {
        try await Scenario.with("plan-target", example: ".") { scenario in
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            let plannedAgainst = scenario.emulator.baseURL
            try await scenario.restartEmulator()  // the same org, but another URL: as good as another API
            let run = try await scenario.campaignctl.run(["apply", "--plan", "plan.json", "--auto-approve"])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("was planned against \(plannedAgainst), not \(scenario.emulator.baseURL)"), "\(run)")
            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.writeCount == 0, "\(metrics)")
        }
    }
}
