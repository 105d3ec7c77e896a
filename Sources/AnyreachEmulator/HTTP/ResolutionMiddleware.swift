import AnyreachAPI
import AnyreachModel
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Answers 404 for an unknown `{id}`, `{contact_id}` or `{config_id}` before the body is decoded,
/// so that 404 wins over 422 as §10 orders them.
struct ResolutionMiddleware: ServerMiddleware {
    let store: EmulatorStore

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        try await resolve(metadata.pathParameters, operationID: operationID, org: RequestScope.org)
        return try await next(request, body, metadata)
    }

    private func resolve(_ parameters: [String: Substring], operationID: String, org: String) async throws {
        if let configID = parameters["config_id"] {
            _ = try await store.configuration(org: org, id: decoded(configID))
        }
        guard let id = parameters["id"].map(decoded) else { return }
        if operationID == "getCampaignStats" {
            _ = try await store.stats(org: org, campaignID: id)
        } else if let contactID = parameters["contact_id"].map(decoded) {
            _ = try await store.contact(org: org, campaign: id, contact: contactID)
        } else if ["upsertContacts", "listContacts"].contains(operationID) {
            _ = try await store.contactScopeExists(org: org, reference: id)
        } else {
            _ = try await store.campaign(org: org, reference: id)
        }
    }

    private func decoded(_ value: Substring) -> String {
        String(value).removingPercentEncoding ?? String(value)
    }
}

/// Keeps the raw request body for handlers that must tell absent from null (§10).
struct BodyCaptureMiddleware: ServerMiddleware {
    /// Far above 5000 inline contacts of 16 KiB of data each.
    static let maxBodyBytes = 256 * 1024 * 1024
    let metrics: EmulatorMetrics

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let body else { return try await next(request, nil, metadata) }
        let bytes = try await [UInt8](collecting: body, upTo: Self.maxBodyBytes)
        if !bytes.isEmpty { metrics.record(body: bytes, operationID: operationID) }
        do {
            return try await RequestScope.$rawBody.withValue(bytes) {
                try await next(request, HTTPBody(bytes), metadata)
            }
        } catch let error as ServerError where error.operationInput == nil {
            throw Self.diagnose(error, bytes: bytes) ?? error
        }
    }

    /// Foundation's decoder reports an integer too large for its field (past 64 bits) as "not valid
    /// JSON", with no path. When the body is valid JSON, say so and point at such numbers instead.
    static func diagnose(_ error: ServerError, bytes: [UInt8]) -> APIError? {
        guard case .dataCorrupted(let context)? = error.underlyingError as? DecodingError, context.codingPath.isEmpty,
            let json = try? JSONValue.parse(bytes)
        else { return nil }
        var issues: [ValidationIssue] = []
        func visit(_ value: JSONValue, at loc: [ValidationIssue.Location]) {
            switch value {
            case .double(let number) where number.rounded() == number && abs(number) >= 0x1p63:
                issues.append(
                    ValidationIssue(
                        loc: loc, msg: "the number \(number) is too large for this field",
                        type: "value_error.number.range"))
            case .array(let items):
                for (index, item) in items.enumerated() { visit(item, at: loc + [.index(index)]) }
            case .object(let object):
                // `data` and `agent_config` are free-form: any number fits there.
                for key in object.keys.sorted() where !["data", "agent_config"].contains(key) {
                    visit(object[key]!, at: loc + [.key(key)])
                }
            default: break
            }
        }
        visit(json, at: [.key("body")])
        return .invalid(
            issues.isEmpty
                ? [
                    ValidationIssue(
                        loc: [.key("body")], msg: "a value in the body does not fit its field", type: "value_error")
                ]
                : issues)
    }
}
