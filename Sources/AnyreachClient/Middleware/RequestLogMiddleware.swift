import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Logs each attempt at debug level: method, path, status and time. This is the one place
/// requests are logged, and it never writes headers, so the credential can't appear.
struct RequestLogMiddleware: ClientMiddleware {
    let logger: Logger

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let start = ContinuousClock.now
        let line = "\(request.method.rawValue) \(StatusCheckMiddleware.pathOnly(request.path))"
        do {
            let (response, responseBody) = try await next(request, body, baseURL)
            logger.debug("\(line) -> \(response.status.code) in \(Self.milliseconds(since: start)) ms")
            return (response, responseBody)
        } catch {
            logger.debug(
                "\(line) -> no answer after \(Self.milliseconds(since: start)) ms: \(TransportFailure.reason(error))")
            throw error
        }
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = start.duration(to: .now)
        return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }
}
