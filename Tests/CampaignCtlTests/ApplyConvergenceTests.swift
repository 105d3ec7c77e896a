import Foundation
import TestSupport
import Testing

/// Random manifests applied over a random live org, through the built binaries and the
/// emulator: afterwards the plan is empty. The live org is one seeded org; the manifests are
/// the export of another seeded org, so they share some keys with the live one (campaigns
/// and configurations to patch, pause or start; contacts to update, some with data only YAML
/// can hold) and not others (resources to create; live ones left alone, or, with every prune
/// on, deleted and closed).
@Suite struct ApplyConvergenceTests {
    static let seedPairs: [(UInt64, UInt64)] = (UInt64(0)..<10).map { number in (101 + 2 * number, 102 + 2 * number) }

    @Test(arguments: seedPairs, [false, true])
    func applyingAnotherOrgsExportLeavesNothingToPlan(seeds: (live: UInt64, manifests: UInt64), prune: Bool)
        async throws
    {
        let (live, manifests) = seeds
        try await Scenario.with("converge") { scenario in
            let source = try await EmulatorServer.start(database: scenario.workspace.database("source"))
            defer { source.kill() }
            var other = OrgSeeder(baseURL: source.baseURL, seed: manifests)
            _ = try await other.seed()
            var exporter = scenario.campaignctl
            exporter.apiURL = source.baseURL
            let export = try await exporter.run(["export", "--out", "wanted"])
            try #require(export.status == 0, "\(export)")

            if prune {
                try scenario.workspace.write(
                    "wanted/policy.yaml", "policy:\n  prune: {configurations: true, campaigns: true, contacts: true}\n")
            }
            var seeder = OrgSeeder(baseURL: scenario.emulator.baseURL, seed: live)
            let seeded = try await seeder.seed()
            let apply = try await scenario.campaignctl.run([
                "apply", "--auto-approve", "--allow-mass-delete", "wanted/",
            ])
            #expect(apply.status == 0, "over \(seeded): \(apply)")
            #expect((apply.applyCounts?.done ?? 0) > 0, "\(apply)")
            let plan = try await scenario.planIsEmpty(["wanted/"])
            #expect(plan.status == 0, "after apply over \(seeded): \(plan)")
        }
    }
}
