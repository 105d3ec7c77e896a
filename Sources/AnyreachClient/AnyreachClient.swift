public import AnyreachAPI
import AsyncHTTPClient
public import Logging
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
import Foundation
import NIOCore

/// The Anyreach `/campaign` API as typed calls over the generated client: retries with backoff,
/// one adaptive limit on requests in flight, errors a person can act on, and no token in any
/// output. Every command that talks to the API goes through one of these.
public final class AnyreachClient: Sendable {
    let generated: Client
    let http: HTTPClient
    let settings: ConnectionSettings
    public let metrics: ClientMetrics

    public init(settings: ConnectionSettings, logger: Logger = Logger(label: "campaignctl.http"), metrics: ClientMetrics = ClientMetrics()) {
        self.settings = settings
        self.metrics = metrics
        var configuration = HTTPClient.Configuration()
        configuration.timeout = .init(connect: .nanoseconds(Int64(settings.connectTimeout.components.seconds) * 1_000_000_000))
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(8, settings.parallelism)
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let limiter = AdaptiveLimiter(maximum: settings.parallelism)
        let timeout = TimeAmount.seconds(settings.requestTimeout.components.seconds)
        generated = Client(
            serverURL: settings.baseURL,
            transport: AsyncHTTPClientTransport(configuration: .init(client: http, timeout: timeout)),
            middlewares: [
                StatusCheckMiddleware(), RawBodyMiddleware(),
                RetryMiddleware(policy: settings.retry, limiter: limiter, metrics: metrics),
                AuthHeaderMiddleware(token: settings.token, org: settings.org), RequestLogMiddleware(logger: logger),
            ])
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
            throw error
        }
    }

    /// Runs a generated call whose body is replaced by `raw` on the wire.
    func call<T>(sending raw: JSONValue, _ body: () async throws -> T) async throws -> T {
        try await ClientRequestScope.$rawBody.withValue(Array(raw.compactData())) {
            try await call(body)
        }
    }
}
