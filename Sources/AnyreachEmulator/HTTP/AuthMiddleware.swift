import AnyreachAPI
import AnyreachModel
import HTTPTypes
import OpenAPIRuntime

/// Checks the credential and its scopes before anything else (401, then 403: §1 and §10).
struct AuthMiddleware: ServerMiddleware {
    let credentials: CredentialStore

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let org = try authorize(request, operationID: operationID)
        return try await RequestScope.$org.withValue(org) {
            try await next(request, body, metadata)
        }
    }

    /// The org the request acts in, or the 401/403 that refuses it. Messages never repeat the token.
    func authorize(_ request: HTTPRequest, operationID: String) throws -> String {
        guard let header = request.headerFields[.authorization], header.hasPrefix("Bearer ") else {
            throw APIError.unauthorized("Not authenticated: send Authorization: Bearer <credential>.")
        }
        guard let credential = credentials.credential(for: String(header.dropFirst("Bearer ".count))) else {
            throw APIError.unauthorized("Invalid or revoked credential.")
        }
        let org = try organization(of: credential, request: request)
        let accepted = ScopeTable.acceptedScopes(forOperation: operationID)
        if !accepted.isEmpty, accepted.isDisjoint(with: credential.scopes) {
            let needed = ScopeTable.scopeToRequest(forOperation: operationID)?.rawValue ?? "campaigns:manage"
            throw APIError.forbidden("This credential lacks the scope this route needs (\(needed)).")
        }
        return org
    }

    private func organization(of credential: Credential, request: HTTPRequest) throws -> String {
        guard credential.isPersonalToken else { return credential.orgs.first ?? "" }
        guard let org = request.headerFields[HTTPField.Name(Contract.orgHeader)!], !org.isEmpty else {
            throw APIError.unauthorized("Token is missing organization claim.")
        }
        guard credential.orgs.contains(org) else {
            throw APIError.forbidden("This token's user is not a member of organization '\(org)'.")
        }
        return org
    }
}
