import Foundation
import TestSupport
import Testing

/// Without a terminal to ask on and without `--auto-approve`, apply refuses and changes nothing.
@Suite struct ConfirmationTests {
    @Test func applyWithoutATerminalOrAutoApproveRefusesAndWritesNothing() async throws {
        try await Scenario.with("confirm", example: ".") { scenario in
            let run = try await scenario.campaignctl.run(["apply", "examples/"])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("pass --auto-approve"), "the refusal must say how to proceed: \(run)")
            #expect(run.stdout.contains("Plan: "), "the plan is still shown: \(run)")
            #expect(run.applySummary == nil, "nothing ran, so there is no apply summary: \(run)")

            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.total > 0)
            #expect(metrics.writeCount == 0, "a refused apply wrote:\n\(metrics)")
            let org = try await scenario.inventory()
            #expect(org.campaigns.isEmpty && org.configurations.isEmpty, "the org must still be empty")
        }
    }
}
