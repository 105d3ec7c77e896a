import Foundation
import TestSupport
import Testing

/// Apply against an emulator that fails requests, rate-limits and loses write answers: each run
/// either succeeds or says what it did and didn't do, re-running finishes the job, and the org
/// ends exactly as the manifests say, nothing twice.
@Suite struct FaultConvergenceTests {
    struct Faults: CustomTestStringConvertible, Sendable {
        var name: String
        var flags: [String]
        var testDescription: String { name }
    }

    static let profiles = [
        Faults(name: "30% server errors", flags: ["--error-rate", "0.3", "--fault-seed", "11"]),
        Faults(name: "rate limit 30/s, burst 10", flags: ["--rate-limit", "30", "--rate-limit-burst", "10"]),
        Faults(name: "30% lost write answers", flags: ["--lost-write-rate", "0.3", "--fault-seed", "5"]),
        Faults(
            name: "all at once",
            flags: [
                "--error-rate", "0.3", "--rate-limit", "30", "--rate-limit-burst", "10",
                "--lost-write-rate", "0.3", "--fault-seed", "23",
            ]),
    ]

    /// Runs of apply allowed before the test gives up on convergence.
    static let maxRuns = 5

    @Test(arguments: profiles)
    func applyConvergesWithoutDuplicates(faults: Faults) async throws {
        let reference = try await ReferenceInventory.shared.examples()
        try await Scenario.with("faults", example: ".", emulatorFlags: faults.flags) { scenario in
            var runs: [Finished] = []
            while runs.count < Self.maxRuns, runs.last?.status != 0 {
                let run = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
                runs.append(run)
                checkAccount(of: run)
            }
            #expect(
                runs.last?.status == 0,
                "apply did not converge in \(Self.maxRuns) runs; last: \(runs.last.map(String.init(describing:)) ?? "")"
            )

            try await scenario.restartEmulator()
            let plan = try await scenario.planIsEmpty()
            #expect(plan.status == 0, "the plan after a converged apply must be empty: \(plan)")
            let org = try await scenario.inventory()
            #expect(org.duplicates.isEmpty, "duplicates: \(org.duplicates)")
            #expect(org == reference, "the org differs from a fault-free apply of the same manifests")
        }
    }

    /// A run either succeeded or ended with exit 1 and an account: the summary line on stdout
    /// and, on stderr, each operation that didn't finish with its reason. (A read that fails
    /// through every retry stops the run before the plan, with the error and nothing done.)
    private func checkAccount(of run: Finished) {
        if run.status == 0 {
            #expect(run.applyCounts?.failed == 0 || run.stdout.contains("Nothing to apply."), "\(run)")
            return
        }
        #expect(run.status == 1, "\(run)")
        guard let counts = run.applyCounts else {
            let failedBeforePlanning = !run.stdout.contains("Plan: ") && run.stderr.contains("error: ")
            #expect(failedBeforePlanning, "a failed apply must end with its summary line: \(run)")
            return
        }
        let refused = run.stderr.contains(" refused: ")
        #expect(counts.failed > 0 || refused, "exit 1 with nothing failed: \(run)")
        #expect(run.stderr.contains(" failed: ") || refused, "the failures must be listed with their reasons: \(run)")
    }
}
