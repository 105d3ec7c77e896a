import Foundation
import TestSupport
import Testing

/// Every example repository, end to end through the built binaries: apply it to an empty org,
/// then the plan is empty, and a second apply sends no write at all.
@Suite struct ExampleApplyTests {
    @Test(arguments: Locations.exampleRepositories())
    func applyThenPlanIsEmptyAndASecondApplyWritesNothing(example: String) async throws {
        try await Scenario.with("example", example: example) { scenario in
            let first = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            #expect(first.status == 0, "\(first)")
            let counts = try #require(first.applyCounts, "no summary line: \(first)")
            #expect(counts.done > 0 && counts.failed == 0 && counts.skipped == 0, "\(first)")
            #expect(!first.stderr.contains("error"), "\(first)")

            let plan = try await scenario.planIsEmpty()
            #expect(plan.status == 0, "a plan right after apply must be empty: \(plan)")
            #expect(plan.stdout.contains("No changes."), "\(plan)")

            try await scenario.emulator.resetMetrics()
            let second = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            #expect(second.status == 0, "\(second)")
            #expect(second.stdout.contains("Nothing to apply."), "\(second)")
            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.total > 0, "the second apply must at least read the org")
            #expect(metrics.writeCount == 0, "the second apply wrote:\n\(metrics)")
        }
    }
}
