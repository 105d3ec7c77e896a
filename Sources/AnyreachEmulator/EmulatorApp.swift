import AnyreachAPI
import AnyreachModel
import Foundation
public import Hummingbird
import Logging
import NIOCore
import OpenAPIHummingbird
import OpenAPIRuntime
import ServiceLifecycle

/// Builds the emulator's router and application: the seam that tests and executables use.
public enum EmulatorApp {
    /// The router: the generated API under its middlewares, plus the `/_emulator` routes.
    public static func buildRouter(store: EmulatorStore, configuration: EmulatorConfiguration, metrics: EmulatorMetrics)
        throws -> Router<BasicRequestContext>
    {
        let router = Router()
        let routes = RouteTable()
        router.add(middleware: MetricsMiddleware(routes: routes, metrics: metrics))
        router.add(middleware: RoutingMiddleware(routes: routes))
        if configuration.faults.isActive { router.add(middleware: FaultMiddleware(settings: configuration.faults)) }
        addEmulatorRoutes(to: router, metrics: metrics)
        let middlewares: [any ServerMiddleware] = [
            ErrorMiddleware(), AuthMiddleware(credentials: configuration.credentials),
            ResolutionMiddleware(store: store), BodyCaptureMiddleware(metrics: metrics), RenderedBodyMiddleware(),
        ]
        try APIHandler(store: store).registerHandlers(
            on: RecordingTransport(base: router, table: routes),
            serverURL: URL(string: "/")!, configuration: Configuration(dateTranscoder: BodyDateTranscoder()),
            middlewares: middlewares)
        return router
    }

    /// The application, with the dialer as a service when it is on.
    public static func buildApplication(
        configuration: EmulatorConfiguration, metrics: EmulatorMetrics = EmulatorMetrics(),
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        try buildApplication(
            configuration: configuration, store: EmulatorStore(storage: configuration.storage),
            metrics: metrics, onServerRunning: onServerRunning)
    }

    /// The application over a given store: tests keep the store to set up states no route can
    /// reach (a contact `in_progress`, recorded attempts) and may give it a controlled clock.
    static func buildApplication(
        configuration: EmulatorConfiguration, store: EmulatorStore, metrics: EmulatorMetrics,
        onServerRunning: @escaping @Sendable (Int) async -> Void
    ) throws -> some ApplicationProtocol {
        let router = try buildRouter(store: store, configuration: configuration, metrics: metrics)
        var services: [any Service] = []
        if configuration.dialer.enabled {
            services.append(DialerService(dialer: SimulatedDialer(store: store, settings: configuration.dialer)))
        }
        var logger = Logger(label: "anyreach-emulator")
        logger.logLevel = .warning
        return Application(
            router: router,
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "anyreach-emulator"),
            services: services, onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    private static func addEmulatorRoutes(to router: Router<BasicRequestContext>, metrics: EmulatorMetrics) {
        router.get("/_emulator/metrics") { _, _ in jsonResponse(MetricsBody(metrics.counts())) }
        router.delete("/_emulator/metrics") { _, _ in
            metrics.reset()
            return Response(status: .noContent)
        }
        router.get("/_emulator/requests") { _, _ in jsonResponse(["requests": metrics.log()]) }
    }

    static func jsonResponse(_ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// `GET /_emulator/metrics`: `{"total": N, "requests": [{"method", "route", "status", "count"}]}`.
struct MetricsBody: Encodable {
    struct Entry: Encodable {
        var method: String
        var route: String
        var status: Int
        var count: Int
    }
    var total: Int
    var requests: [Entry]

    init(_ counts: [EmulatorMetrics.Key: Int]) {
        requests = counts.map {
            Entry(method: $0.key.method, route: $0.key.route, status: $0.key.status, count: $0.value)
        }
        .sorted { ($0.route, $0.method, $0.status) < ($1.route, $1.method, $1.status) }
        total = requests.reduce(0) { $0 + $1.count }
    }
}
