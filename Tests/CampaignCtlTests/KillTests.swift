import Foundation
import TestSupport
import Testing

/// A large apply killed with SIGKILL at seeded random moments while its writes are under way:
/// each time, the next apply finishes the job, the plan is empty after it, and every contact
/// is there exactly once.
@Suite struct KillTests {
    static let manifest = ManifestGenerator(campaigns: [
        .init(key: "big", status: "active", contacts: 10_000),
        .init(key: "held", status: "paused", contacts: 5_000),
        .init(key: "small", status: "active", contacts: 300),
        .init(key: "finished", status: "closed", contacts: 40),
    ])

    /// Seeds of the rounds; each picks after how many answered writes the kill comes.
    static let seeds: [UInt64] = [101, 202, 303]

    @Test(.timeLimit(.minutes(3)))
    func applyKilledAtRandomMomentsConvergesOnTheNextRun() async throws {
        for seed in Self.seeds {
            try await Scenario.with("kill-\(seed)", emulatorFlags: ["--latency-ms", "20"]) { scenario in
                try Self.manifest.write(to: scenario.workspace, directory: "manifests")
                try await killedApply(scenario, seed: seed)
                let next = try await scenario.campaignctl.run(["apply", "--auto-approve", "manifests/"])
                #expect(next.status == 0, "seed \(seed): the apply after the kill must finish the job: \(next)")
                #expect(
                    (next.applyCounts?.done ?? 0) > 0, "seed \(seed): the kill left work for the next apply: \(next)")
                let plan = try await scenario.planIsEmpty(["manifests/"])
                #expect(plan.status == 0, "seed \(seed): \(plan)")
                try await checkNothingDuplicatedOrLost(scenario, seed: seed)
            }
        }
    }

    /// Starts apply and SIGKILLs it once the emulator has answered a seeded random number of
    /// writes. Each look at the count is taken with campaignctl stopped (SIGSTOP), so it can't
    /// race past the target however slow the look is: only requests already in flight complete
    /// meanwhile, and the kill lands with their answers unread.
    private func killedApply(_ scenario: Scenario, seed: UInt64) async throws {
        var random = SeededRandom(seed: seed)
        // 19 writes in all: 5 creates, 2 pauses, 11 upserts (5 for big, 5 for held) and 1 close.
        // The kill comes in the first 8, leaving a margin for a loaded machine to be late.
        let target = Int.random(in: 1...8, using: &random)
        let child = try scenario.campaignctl.start(["apply", "--auto-approve", "--parallelism", "2", "manifests/"])
        defer { child.killNow() }
        var seen = 0
        while child.isRunning {
            child.send(SIGSTOP)
            seen = try await scenario.emulator.metrics().writeCount
            if seen >= target { break }
            child.send(SIGCONT)
            try await Task.sleep(for: .milliseconds(5))
        }
        guard child.isRunning else {
            Issue.record(
                "seed \(seed): apply finished before \(target) writes were answered (saw \(seen)): \(try await child.wait())"
            )
            return
        }
        child.send(SIGKILL)
        let killed = try await child.wait()
        #expect(killed.signalled && killed.status == SIGKILL, "\(killed)")
        #expect(killed.applySummary == nil, "SIGKILL leaves no summary: \(killed)")
    }

    private func checkNothingDuplicatedOrLost(_ scenario: Scenario, seed: UInt64) async throws {
        let org = try await scenario.inventory()
        #expect(org.duplicates.isEmpty, "seed \(seed): duplicates \(org.duplicates)")
        #expect(org.configurations == ["standard"], "seed \(seed): \(org.configurations)")
        #expect(
            Set(org.campaigns.map(\.key)) == Set(Self.manifest.campaigns.map(\.key)),
            "seed \(seed): \(org.campaigns.map(\.key))")
        for campaign in Self.manifest.campaigns {
            #expect(org.contactCount(campaign.key) == campaign.contacts, "seed \(seed): contacts of \(campaign.key)")
        }
        let statuses = Dictionary(
            org.campaigns.map { ($0.key ?? "", $0.status) }, uniquingKeysWith: { first, _ in first })
        #expect(
            statuses == ["big": "active", "held": "paused", "small": "active", "finished": "closed"], "seed \(seed)")
    }
}
