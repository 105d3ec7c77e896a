import AnyreachClient
import AnyreachModel
import CampaignSync
import ServiceLifecycle

/// The loop of `reconcile`: one library step per interval until graceful shutdown, each logged
/// on stderr and counted in the metrics.
struct ReconcileLoop: Service {
    let step: ReconcileStep
    let connection: OpenConnection
    let interval: Duration
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
        let outcome = await step.run(on: connection)
        metrics.recordRequests(connection.client.metrics.snapshot, since: before)
        metrics.runFinished(
            ok: outcome.ok, drift: outcome.drift, applied: outcome.report?.count(.done) ?? 0,
            failedOperations: outcome.report?.count(.failed) ?? 0, elapsed: started.duration(to: .now))
        printDetails(outcome)
        Console.status("reconcile run \(number): \(outcome.summary)")
    }

    /// What the run's summary line leaves out: the manifests' diagnostics, why no plan was made.
    private func printDetails(_ outcome: ReconcileOutcome) {
        Console.report(outcome.diagnostics)
        for line in outcome.differences.prefix(50) { Console.status("  " + line) }
        if outcome.differences.count > 50 { Console.status("  … and \(outcome.differences.count - 50) more") }
        if case .failed(.plan(let failure)) = outcome.result { Console.report(failure.diagnostics) }
    }
}
