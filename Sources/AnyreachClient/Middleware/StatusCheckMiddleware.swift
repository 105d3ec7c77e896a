import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Turns every answer outside 2xx, and every request that got no answer, into an
/// `APIClientError` naming the method, path and status: the one place errors are described.
struct StatusCheckMiddleware: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let counter = AttemptCounter()
        let method = request.method.rawValue
        let path = Self.pathOnly(request.path)
        let response: HTTPResponse
        let responseBody: HTTPBody?
        do {
            (response, responseBody) = try await ClientRequestScope.$attempts.withValue(counter) {
                try await next(request, body, baseURL)
            }
        } catch let error as APIClientError {
            throw error
        } catch {
            throw APIClientError(
                method: method, path: path, operationID: operationID, kind: .transport(TransportFailure.reason(error)),
                detail: [], attempts: counter.value)
        }
        guard !(200..<300).contains(response.status.code) else { return (response, responseBody) }
        var bytes = Data()
        if let responseBody { bytes = (try? await Data(collecting: responseBody, upTo: 1 << 20)) ?? Data() }
        throw APIClientError(
            method: method, path: path, operationID: operationID, kind: .status(response.status.code),
            detail: HTTPStatusName.details(from: bytes), attempts: counter.value)
    }

    static func pathOnly(_ path: String?) -> String {
        let path = path ?? "/"
        return String(path.split(separator: "?", maxSplits: 1).first ?? Substring(path))
    }
}
