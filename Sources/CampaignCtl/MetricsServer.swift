import AnyreachModel
import Hummingbird
import Logging
import NIOCore

/// `/metrics` (Prometheus text format) and `/healthz` for the reconcile loop.
struct MetricsServer {
    let host: String
    let port: Int
    let metrics: ReconcileMetrics

    func application() -> some ApplicationProtocol {
        let router = Router()
        let metrics = metrics
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.text())))
        }
        router.get("/healthz") { _, _ in "ok\n" }
        var logger = Logger(label: "campaignctl.metrics")
        logger.logLevel = .warning
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                Console.status("metrics on http://\(host):\(channel.localAddress?.port ?? port)/metrics")
            }, logger: logger)
    }
}
