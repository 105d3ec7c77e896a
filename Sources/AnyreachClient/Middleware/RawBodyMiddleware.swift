import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends `ClientRequestScope.rawBody` in place of the generated body when a call sets one.
struct RawBodyMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let raw = ClientRequestScope.rawBody else { return try await next(request, body, baseURL) }
        return try await next(request, HTTPBody(raw), baseURL)
    }
}
