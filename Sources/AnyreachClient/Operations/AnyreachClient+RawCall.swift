import Foundation
import HTTPTypes
import OpenAPIRuntime

extension AnyreachClient {
    /// Sends a GET through the same middlewares as every generated call (status check, retries
    /// and the shared limit, auth, logging, the buffered body) and returns the body's bytes, for
    /// answers read in bulk by a reader of their own instead of the generated `Codable` types.
    ///
    /// `path` is the route with its parameters already percent-encoded, and its query.
    func getBytes(_ path: String, operationID: String) async throws -> [UInt8] {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: path)
        request.headerFields[.accept] = "application/json"
        let (response, body) = try await send(request, operationID: operationID)
        if let type = response.headerFields[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw unreadable(
                path, operationID, status: response.status.code, "a \(type.prefix(60)) body where JSON was expected")
        }
        guard let body else { return [] }
        return try await [UInt8](collecting: body, upTo: ResponseBufferMiddleware.maximumBytes)
    }

    /// The answer at `path` could not be read as the contract describes it.
    func unreadable(_ path: String, _ operationID: String, status: Int, _ problem: String) -> APIClientError {
        APIClientError(
            method: "GET", path: StatusCheckMiddleware.pathOnly(path), operationID: operationID,
            kind: .unreadable(status: status, problem: problem), detail: [], attempts: 1)
    }

    /// The middlewares folded around the transport, outermost first, as the generated client
    /// folds them.
    private func send(_ request: HTTPRequest, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let transport = transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = {
                try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner)
            }
        }
        return try await next(request, nil, settings.baseURL)
    }
}

extension String {
    /// The text as one path segment: everything but RFC 3986's unreserved characters
    /// percent-encoded, as the generated client encodes path parameters.
    var pathSegment: String {
        addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? self
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
}
