import Foundation
import HTTPTypes
import OpenAPIRuntime

extension AnyreachClient {
    /// Sends a GET through the same middlewares as every generated call (status check, retries
    /// and the shared limit, auth, logging, the buffered body) and returns the body's bytes, for
    /// answers read in bulk by a reader of their own instead of the generated `Codable` types.
    ///
    /// `path` is the route with its parameters already percent-encoded, and its query.
    func getBytes(_ path: String, operationID: String) async throws -> ArraySlice<UInt8> {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: path)
        request.headerFields[.accept] = "application/json"
        let (response, body) = try await send(request, body: nil, operationID: operationID)
        return try await jsonBytes(of: response, body, request, operationID: operationID)
    }

    /// Sends a JSON body by POST through the same middlewares, for bodies written by a writer of
    /// their own (`RequestBodyWriter`), and reads the answer's `200` as `Answer`, as the
    /// generated client would (dates by the same transcoder).
    func post<Answer: Decodable>(_ path: String, json: [UInt8], operationID: String, answer: Answer.Type)
        async throws -> Answer
    {
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: path)
        request.headerFields[.contentType] = "application/json; charset=utf-8"
        request.headerFields[.accept] = "application/json"
        let (response, body) = try await send(request, body: HTTPBody(json), operationID: operationID)
        let bytes = try await jsonBytes(of: response, body, request, operationID: operationID)
        let status = response.status.code
        guard status == 200 else {
            throw unreadable(request, operationID, status: status, "status \(status) where 200 was expected")
        }
        do {
            return try Self.answerDecoder().decode(Answer.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw unreadable(request, operationID, status: status, UnreadableAnswer.describe(error))
        }
    }

    /// A JSON answer's bytes; another content type is an answer the contract doesn't describe.
    private func jsonBytes(of response: HTTPResponse, _ body: HTTPBody?, _ request: HTTPRequest, operationID: String)
        async throws -> ArraySlice<UInt8>
    {
        if let type = response.headerFields[.contentType], !type.lowercased().hasPrefix("application/json") {
            throw unreadable(
                request, operationID, status: response.status.code,
                "a \(type.prefix(60)) body where JSON was expected")
        }
        guard let body else { return [] }
        return try await ResponseBufferMiddleware.bytes(of: body)
    }

    /// A decoder like the generated client's: dates by `RFC3339DateTranscoder`.
    private static func answerDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            try RFC3339DateTranscoder().decode(try decoder.singleValueContainer().decode(String.self))
        }
        return decoder
    }

    /// The answer at `path` could not be read as the contract describes it.
    func unreadable(_ path: String, _ operationID: String, status: Int, _ problem: String) -> APIClientError {
        unreadable(
            HTTPRequest(method: .get, scheme: nil, authority: nil, path: path), operationID, status: status, problem)
    }

    private func unreadable(_ request: HTTPRequest, _ operationID: String, status: Int, _ problem: String)
        -> APIClientError
    {
        APIClientError(
            method: request.method.rawValue, path: StatusCheckMiddleware.pathOnly(request.path),
            operationID: operationID,
            kind: .unreadable(status: status, problem: problem), detail: [], attempts: 1)
    }

    /// The middlewares folded around the transport, outermost first, as the generated client
    /// folds them.
    private func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws
        -> (HTTPResponse, HTTPBody?)
    {
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
        return try await next(request, body, settings.baseURL)
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
