import AnyreachClient
import AnyreachModel
import Foundation
import Prometheus
import Synchronization

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
    private let lastSuccessTimestamp: Gauge
    /// When the last run that did what it set out to ended, for readiness.
    private let lastSuccess = LastSuccess()

    /// Shared by the copies of the metrics the loop and the server hold.
    private final class LastSuccess: Sendable {
        let instant = Mutex<ContinuousClock.Instant?>(nil)
    }

    init() {
        let runs = Self.name("reconcile", "runs", "total", "Reconcile runs by result.")
        runsOK = registry.makeCounter(descriptor: runs, labels: [("result", "ok")])
        runsFailed = registry.makeCounter(descriptor: runs, labels: [("result", "error")])
        changesApplied = registry.makeCounter(
            descriptor: Self.name("reconcile", "changes_applied", "total", "Plan operations applied successfully."))
        driftFound = registry.makeCounter(
            descriptor: Self.name(
                "reconcile", "drift_found", "total", "Differences between the org and the manifests seen by runs."))
        driftItems = registry.makeGauge(
            descriptor: Self.name("reconcile", "drift", "items", "Differences seen by the last run."))
        errors = registry.makeCounter(
            descriptor: Self.name("reconcile", "errors", "total", "Runs that ended in an error, and failed operations.")
        )
        retries = registry.makeCounter(
            descriptor: Self.name("api", "retries", "total", "API requests that were retries."))
        duration = registry.makeDurationHistogram(
            descriptor: Self.name("reconcile", "duration", "seconds", "Duration of reconcile runs."),
            buckets: [
                .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(30), .seconds(120),
                .seconds(600),
            ])
        lastSuccessTimestamp = registry.makeGauge(
            descriptor: Self.name(
                "reconcile", "last_success_timestamp", "seconds",
                "Unix time at which the last successful run ended (0 before the first); alert on its age."))
    }

    /// `campaignctl_SUBSYSTEM_METRIC_UNIT`, the names `docs/cli.md` lists.
    private static func name(_ subsystem: String, _ metric: String, _ unit: String, _ help: String)
        -> MetricNameDescriptor
    {
        MetricNameDescriptor(
            namespace: "campaignctl", subsystem: subsystem, metricName: metric, unitName: unit, helpText: help)
    }

    func runFinished(ok: Bool, drift: Int, applied: Int, failedOperations: Int, elapsed: Duration) {
        (ok ? runsOK : runsFailed).increment()
        if ok {
            lastSuccess.instant.withLock { $0 = .now }
            lastSuccessTimestamp.set(Date().timeIntervalSince1970)
        }
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
            registry.makeCounter(
                descriptor: Self.name("api", "requests", "total", "API requests by status."),
                labels: [("status", status == 0 ? "no_answer" : String(status))]
            ).increment(by: Int64(delta))
        }
        retries.increment(by: Int64(now.retries - before.retries))
    }

    func text() -> String { registry.emitToString() }

    /// Ready while a run succeeded within `bound`: a loop whose every run fails (an unreachable
    /// API, manifests that stopped loading) is alive but not doing its job.
    func isReady(within bound: Duration) -> Bool {
        lastSuccess.instant.withLock { last in last.map { $0.duration(to: .now) <= bound } ?? false }
    }
}
