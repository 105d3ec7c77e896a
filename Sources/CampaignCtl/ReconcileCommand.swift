import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `campaignctl reconcile`: plan and apply on an interval, like Argo CD or Flux, with metrics.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Keep the org matching the manifests: plan and apply every interval (or only report drift).",
        discussion: """
            Each run reloads the manifests, reads the org, and applies the plan (with --dry-run it only counts drift). A run that fails is reported and the loop goes on. Serves Prometheus metrics on /metrics and a liveness check on /healthz; stops cleanly on SIGTERM or Ctrl-C after the run in progress.

            Example:
              campaignctl reconcile --interval 5m --metrics-port 9464 manifests/
              campaignctl reconcile --emulator --interval 30s --dry-run examples/
            """)

    @OptionGroup var manifests: ManifestOptions
    @OptionGroup var connection: ConnectionOptions

    @Option(help: "Time between runs: 30s, 5m, 1h.")
    var interval: DurationArgument = DurationArgument(duration: .seconds(300))

    @Flag(help: "Only report drift; never change the org.")
    var dryRun = false

    @Option(help: "Address for /metrics and /healthz.")
    var metricsHost = "127.0.0.1"

    @Option(help: "Port for /metrics and /healthz (0 picks one and prints it).")
    var metricsPort = 9464

    @Flag(help: "Allow runs whose plan deletes more than the mass-delete guard.")
    var allowMassDelete = false

    /// `/readyz` fails once no run has succeeded for three intervals (and at least five minutes,
    /// so that a short interval doesn't flap on one slow run).
    static func readinessBound(interval: Duration) -> Duration {
        max(interval * 3, .seconds(300))
    }

    func run() async throws {
        let metrics = ReconcileMetrics()
        let step = ReconcileStep(
            loader: try manifests.loader, paths: manifests.paths, allowMassDelete: allowMassDelete,
            dryRun: dryRun)
        try await connection.provider(for: manifests.environmentDefinition()).withConnection { connection in
            let loop = ReconcileLoop(step: step, connection: connection, interval: interval.duration, metrics: metrics)
            let server = MetricsServer(
                host: metricsHost, port: metricsPort, metrics: metrics,
                readinessBound: Self.readinessBound(interval: interval.duration)
            ).application()
            let configuration = ServiceGroupConfiguration(
                services: [server, loop],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: Logger(label: "campaignctl.reconcile"))
            try await ServiceGroup(configuration: configuration).run()
        }
    }
}

/// A duration written as a number and a unit: `30s`, `5m`, `1h`.
