import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Reads each answer's body to its end before anyone looks at the status, so an answer cut off
/// mid-body (the connection closed after the head, as when a committed write loses its answer)
/// fails here, inside the retry loop, as a request without an answer. Left streaming, the head's
/// 200 would count as success and the failure would surface later, while decoding, where
/// neither the retries nor the duplicate-safe creates can see it.
struct ResponseBufferMiddleware: ClientMiddleware {
    /// Far above any page the API sends (200 contacts of at most 16 KiB data each).
    static let maximumBytes = 64 << 20

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard let responseBody else { return (response, nil) }
        let bytes = try await Data(collecting: responseBody, upTo: Self.maximumBytes)
        return (response, HTTPBody(bytes))
    }
}
