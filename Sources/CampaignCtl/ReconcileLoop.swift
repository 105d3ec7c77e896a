import AnyreachClient
import CampaignManifest
import CampaignSync
import Foundation
import ServiceLifecycle

/// The loop of `reconcile`: one run per interval until graceful shutdown.
struct ReconcileLoop: Service {
    let manifests: ManifestOptions
    let connection: Connection
    let pipeline: PlanPipeline
    let interval: Duration
    let dryRun: Bool
    let metrics: ReconcileMetrics

    func run() async throws {
        var runNumber = 0
        while !Task.isShuttingDownGracefully {
            runNumber += 1
            await runOnce(runNumber)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    private func runOnce(_ number: Int) async {
        let started = ContinuousClock.now
        let before = connection.client.metrics.snapshot
        let outcome = await attempt()
        metrics.recordRequests(connection.client.metrics.snapshot, since: before)
        metrics.runFinished(ok: outcome.ok, drift: outcome.drift, applied: outcome.applied, failedOperations: outcome.failed, elapsed: started.duration(to: .now))
        printError("reconcile run \(number): \(outcome.summary)")
    }

    private struct Outcome {
        var ok = true
        var drift = 0
        var applied = 0
        var failed = 0
        var summary = ""
    }

    private func attempt() async -> Outcome {
        do {
            let desired = try pipeline.loadManifests()
            let plan = try await pipeline.plan(dryRun ? desired.pruningEverything : desired, with: connection)
            let drift = DriftClassifier.report(for: plan).items.count
            guard !dryRun, plan.hasChanges else { return Outcome(drift: drift, summary: dryRun ? "\(drift) difference(s), dry run" : "in sync") }
            let report = await PlanExecutor(client: connection.client, plan: plan, control: ApplyControl(), failFast: false, progress: ApplyProgress(plan: plan)).execute()
            return Outcome(ok: report.succeeded, drift: drift, applied: report.count(.done), failed: report.count(.failed), summary: report.summaryLine)
        } catch {
            return Outcome(ok: false, summary: "error: \(error)")
        }
    }
}
