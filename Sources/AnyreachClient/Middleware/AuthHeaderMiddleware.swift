import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds the credential, and the org for `pat_` tokens (§1 of the contract).
struct AuthHeaderMiddleware: ClientMiddleware {
    let token: SecretToken
    let org: String?

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = token.authorizationHeader
        if token.isPersonalAccessToken, let org, let name = HTTPField.Name("X-Anyreach-Org") {
            request.headerFields[name] = org
        }
        return try await next(request, body, baseURL)
    }
}
