import AnyreachAPI
import AnyreachModel
import AsyncHTTPClient
import Foundation
public import Logging
import NIOCore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime

/// The Anyreach `/campaign` API as typed calls over the generated client: retries with backoff,
/// one adaptive limit on requests in flight, errors a person can act on, and no token in any
/// output. Every command that talks to the API goes through one of these.
public final class AnyreachClient: Sendable {
    let generated: Client
    /// The transport and middlewares under `generated`, for the contact pages read without it.
    let transport: any ClientTransport
    let middlewares: [any ClientMiddleware]
    let http: HTTPClient
    let settings: ConnectionSettings
    public let metrics: ClientMetrics

    public init(
        settings: ConnectionSettings, logger: Logger = Logger(label: "campaignctl.http"),
        metrics: ClientMetrics = ClientMetrics()
    ) {
        self.settings = settings
        self.metrics = metrics
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: Self.timeAmount(settings.connectTimeout))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, settings.parallelism)
        // RetryMiddleware already retries failed connections, with backoff and a budget; left on,
        // the pool would also retry each one until the connect timeout, so an API that refuses
        // connections would take connect timeout × attempts to report.
        configuration.connectionPool.retryConnectionEstablishment = false
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let limiter = AdaptiveLimiter(maximum: settings.parallelism)
        let timeout = Self.timeAmount(settings.requestTimeout)
        transport = AsyncHTTPClientTransport(configuration: .init(client: http, timeout: timeout))
        middlewares = [
            StatusCheckMiddleware(),
            RetryMiddleware(policy: settings.retry, limiter: limiter, metrics: metrics),
            AuthHeaderMiddleware(token: settings.token, org: settings.org), RequestLogMiddleware(logger: logger),
            ResponseBufferMiddleware(),
        ]
        generated = Client(
            serverURL: settings.baseURL,
            configuration: OpenAPIRuntime.Configuration(dateTranscoder: RFC3339DateTranscoder()),
            transport: transport, middlewares: middlewares)
    }

    /// A `Duration` as NIO's `TimeAmount`, to the nanosecond: whole seconds alone would turn a
    /// 500 ms timeout into none at all.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Closes connections; call once when done.
    public func shutdown() async {
        try? await http.shutdown()
    }

    /// Runs a generated call, surfacing the `APIClientError` the middlewares threw.
    func call<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ClientError {
            if let apiError = error.underlyingError as? APIClientError { throw apiError }
            throw UnreadableAnswer.error(error)
        }
    }

    /// Runs a generated call that may not be sent twice unless the API promised it did nothing
    /// (a 429): upserted contacts with neither `id` nor `external_id` would be inserted again.
    func call<T>(repeatable: Bool, _ body: () async throws -> T) async throws -> T {
        try await ClientRequestScope.$repeatable.withValue(repeatable) { try await call(body) }
    }

    /// Runs a DELETE, taking a 404 after a retry as done: the lost first attempt removed it.
    func deleting(_ send: () async throws -> Void) async throws {
        do {
            try await call(send)
        } catch let error as APIClientError where error.status == 404 && error.attempts > 1 {
            return
        }
    }
}
