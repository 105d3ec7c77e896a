import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// One reconcile run against the real emulator: it applies what differs, then finds the org in
/// sync; a dry run only counts; manifests that don't load and plans the guard refuses end the
/// run with the reason, and nothing is sent.
@Suite struct ReconcileStepTests {
    @Test func aRunAppliesTheDifferenceAndTheNextFindsTheOrgInSync() async throws {
        try await withStep(Manifests.loop) { step, connection in
            let first = await step.run(on: connection)
            let report = try #require(first.report, "\(first.summary)")
            #expect(first.ok && report.count(.done) == 2, "the configuration and the campaign: \(first.summary)")
            let second = await step.run(on: connection)
            guard case .inSync = second.result else {
                Issue.record("\(second.summary)")
                return
            }
            #expect(second.ok && second.summary == "in sync")
        }
    }

    @Test func aDryRunCountsDriftAndChangesNothing() async throws {
        try await withStep(Manifests.loop) { step, connection in
            _ = await step.run(on: connection)
            _ = try await connection.client.updateCampaign(
                "loop",
                patch: {
                    var patch = CampaignPatch()
                    patch.name = .value("Renamed live")
                    return patch
                }())
            var dryRun = step
            dryRun.dryRun = true
            let outcome = await dryRun.run(on: connection)
            guard case .drifted = outcome.result else {
                Issue.record("\(outcome.summary)")
                return
            }
            #expect(outcome.ok && outcome.drift >= 1 && outcome.summary == "\(outcome.drift) difference(s), dry run")
            #expect(try await connection.client.findCampaign("loop")?.name == "Renamed live")
        }
    }

    @Test func manifestsThatDontLoadEndTheRunWithTheirDiagnostics() async throws {
        try await withStep("campaigns:\n  loop:\n    name: [unclosed\n") { step, connection in
            let outcome = await step.run(on: connection)
            guard case .failed(.manifests(let errors)) = outcome.result else {
                Issue.record("\(outcome.summary)")
                return
            }
            #expect(!outcome.ok && errors >= 1 && outcome.diagnostics.contains { $0.severity == .error })
            #expect(outcome.summary == "error: the manifests have \(errors) error(s); nothing was planned")
        }
    }

    @Test func aPlanTheMassDeleteGuardRefusesIsNotApplied() async throws {
        let policy = "\npolicy:\n  mass_delete: {max_percent: 10, min_count: 1}\n"
        let pruning = Manifests.loop.replacingOccurrences(
            of: "name: Loop campaign",
            with: "name: Loop campaign\n    prune_contacts: true")
        try await withStep(pruning + policy) { step, connection in
            _ = await step.run(on: connection)
            let emptied = pruning.components(separatedBy: "    contacts:\n")[0]
            let directory = try SessionRig.manifestDirectory(emptied + policy)
            defer { try? FileManager.default.removeItem(at: directory) }
            var next = step
            next.paths = [directory.path]
            let outcome = await next.run(on: connection)
            guard case .failed(.plan(let failure)) = outcome.result else {
                Issue.record("\(outcome.summary)")
                return
            }
            #expect(failure.problems.map(\.kind) == [.massDelete] && outcome.summary == "error: no plan was made")
            #expect(try await connection.client.listAllContacts("loop").count == 2, "nothing was deleted")
        }
    }

    /// A step over `manifest` and a connection to a fresh emulator.
    private func withStep(_ manifest: String, _ body: (ReconcileStep, OpenConnection) async throws -> Void)
        async throws
    {
        let directory = try SessionRig.manifestDirectory(manifest)
        defer { try? FileManager.default.removeItem(at: directory) }
        let loader = ManifestLoader(interpolator: Interpolator(environment: [:]))
        let step = ReconcileStep(loader: loader, paths: [directory.path])
        try await SessionRig.withEmulator { emulator in
            try await EmulatorConnections(emulator).withConnection { try await body(step, $0) }
        }
    }
}
