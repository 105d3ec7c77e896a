import AnyreachModel
import Hummingbird
import Logging
import NIOCore

/// `/metrics` (Prometheus text format) and `/healthz` for the reconcile loop.
struct MetricsServer {
    let host: String
    let port: Int
    let metrics: ReconcileMetrics
    /// How long after the last successful run `/readyz` still answers ready.
    let readinessBound: Duration

    func application() -> some ApplicationProtocol {
        let router = Router()
        let metrics = metrics
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.text())))
        }
        // Liveness: the process answers. Readiness: it has done its job lately.
        router.get("/healthz") { _, _ in "ok\n" }
        let bound = readinessBound
        router.get("/readyz") { _, _ in
            metrics.isReady(within: bound)
                ? Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
                : Response(
                    status: .serviceUnavailable,
                    body: .init(
                        byteBuffer: ByteBuffer(string: "no successful run in the last \(bound.components.seconds)s\n")))
        }
        var logger = Logger(label: "campaignctl.metrics")
        logger.logLevel = .warning
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                Console.status("metrics on http://\(host):\(channel.localAddress?.port ?? port)/metrics")
            }, logger: logger)
    }
}
