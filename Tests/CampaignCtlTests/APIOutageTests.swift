import Foundation
import TestSupport
import Testing

/// An API that goes away for a few seconds in the middle of an apply (a deploy, a failover) is
/// ridden out: the apply says it is waiting, then completes, and the org matches the manifests.
@Suite struct APIOutageTests {
    @Test func anApplyRidesOutAThreeSecondOutage() async throws {
        try await Scenario.with("outage", example: ".", emulatorFlags: ["--latency-ms", "150"]) { scenario in
            let apply = try scenario.campaignctl.start(["apply", "--auto-approve", "examples/"])
            defer { apply.killNow() }
            // Once the first configuration is created the run is under way: then the API goes.
            _ = try await apply.waitForOutput(.seconds(60)) { $0.contains("Plan: ") }
            try await Task.sleep(for: .milliseconds(600))
            try await scenario.interruptEmulator(for: .seconds(3), flags: ["--latency-ms", "150"])
            let finished = try await apply.wait(timeout: .seconds(180))
            #expect(finished.status == 0, "\(finished)")
            #expect(finished.stderr.contains("waiting for the API: "), "the wait is said: \(finished)")
            #expect(finished.stderr.contains("(--retry-budget)"), "\(finished)")
            let empty = try await scenario.planIsEmpty()
            #expect(empty.status == 0, "after the outage the org matches: \(empty)")
        }
    }

    @Test func aRetryBudgetOfAFewSecondsGivesUpOnAnAPIThatStaysAway() async throws {
        try await Scenario.with("outage-budget", example: ".") { scenario in
            scenario.emulator.kill()
            let started = ContinuousClock.now
            let plan = try await scenario.campaignctl.run(["plan", "--retry-budget", "3s", "examples/"])
            #expect(plan.status == 1, "\(plan)")
            #expect(ContinuousClock.now - started < .seconds(30), "the budget bounds the wait")
            #expect(plan.stderr.contains("no answer"), "\(plan)")
        }
    }
}
