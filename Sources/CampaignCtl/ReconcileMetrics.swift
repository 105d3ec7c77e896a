import AnyreachClient
import Prometheus

/// The reconcile loop's Prometheus metrics: runs, changes applied, drift found, errors, API
/// requests and retries by status, and how long runs take.
struct ReconcileMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let runsOK: Counter
    private let runsFailed: Counter
    private let changesApplied: Counter
    private let driftFound: Counter
    private let driftItems: Gauge
    private let errors: Counter
    private let retries: Counter
    private let duration: DurationHistogram

    init() {
        runsOK = registry.makeCounter(name: "campaignctl_reconcile_runs_total", labels: [("result", "ok")], help: "Reconcile runs by result.")
        runsFailed = registry.makeCounter(name: "campaignctl_reconcile_runs_total", labels: [("result", "error")], help: "Reconcile runs by result.")
        changesApplied = registry.makeCounter(name: "campaignctl_reconcile_changes_applied_total", help: "Plan operations applied successfully.")
        driftFound = registry.makeCounter(name: "campaignctl_reconcile_drift_found_total", help: "Differences between the org and the manifests seen by runs.")
        driftItems = registry.makeGauge(name: "campaignctl_reconcile_drift_items", help: "Differences seen by the last run.")
        errors = registry.makeCounter(name: "campaignctl_reconcile_errors_total", help: "Runs that ended in an error, and failed operations.")
        retries = registry.makeCounter(name: "campaignctl_api_retries_total", help: "API requests that were retries.")
        duration = registry.makeDurationHistogram(name: "campaignctl_reconcile_duration_seconds",
                                                  buckets: [.milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(30), .seconds(120), .seconds(600)],
                                                  help: "Duration of reconcile runs.")
    }

    func runFinished(ok: Bool, drift: Int, applied: Int, failedOperations: Int, elapsed: Duration) {
        (ok ? runsOK : runsFailed).increment()
        if !ok { errors.increment() }
        if failedOperations > 0 { errors.increment(by: Int64(failedOperations)) }
        driftFound.increment(by: Int64(drift))
        driftItems.set(Double(drift))
        changesApplied.increment(by: Int64(applied))
        duration.record(elapsed)
    }

    /// Adds the client's requests since the last call: per status, and retries.
    func recordRequests(_ now: ClientMetrics.Snapshot, since before: ClientMetrics.Snapshot) {
        for (status, count) in now.byStatus {
            let delta = count - (before.byStatus[status] ?? 0)
            guard delta > 0 else { continue }
            registry.makeCounter(name: "campaignctl_api_requests_total", labels: [("status", status == 0 ? "no_answer" : String(status))],
                                 help: "API requests by status.").increment(by: Int64(delta))
        }
        retries.increment(by: Int64(now.retries - before.retries))
    }

    func text() -> String { registry.emitToString() }
}
