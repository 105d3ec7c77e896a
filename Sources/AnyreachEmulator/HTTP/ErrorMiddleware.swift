import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Turns every failure into the API's error shape in one place (§2): `APIError`s as they are, a
/// request the generated layer could not decode as 422 with the offending `loc`, anything else 500.
struct ErrorMiddleware: ServerMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch let error as APIError {
            return Self.response(error)
        } catch let error as ServerError {
            return Self.response(Self.apiError(from: error, request: request))
        }
    }

    static func apiError(from error: ServerError, request: HTTPRequest) -> APIError {
        if let apiError = error.underlyingError as? APIError { return apiError }
        guard error.operationInput == nil else {
            return APIError(status: 500, detail: .message("Internal error while handling \(error.operationID)."))
        }
        // No input means the generated layer could not read the request: a validation failure.
        let hasBody = [.post, .patch, .put].contains(request.method)
        if !hasBody {
            let issues = QueryDiagnosis.issues(path: request.path ?? "", operationID: error.operationID)
            if !issues.isEmpty { return .invalid(issues) }
        }
        let root: ValidationIssue.Location = .key(hasBody ? "body" : "query")
        guard let decoding = error.underlyingError as? DecodingError else {
            return .invalid([root], "the request could not be read: \(error.causeDescription)", type: "value_error")
        }
        return .invalid(issue(for: decoding, root: root))
    }

    /// A 422 issue whose `loc` follows the decoder's coding path to the bad field.
    static func issue(for error: DecodingError, root: ValidationIssue.Location) -> [ValidationIssue] {
        func loc(_ path: [any CodingKey]) -> [ValidationIssue.Location] {
            [root] + path.map { key in key.intValue.map(ValidationIssue.Location.index) ?? .key(key.stringValue) }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return [
                ValidationIssue(
                    loc: loc(context.codingPath + [key]), msg: "field required", type: "value_error.missing")
            ]
        case .typeMismatch(let type, let context):
            return [ValidationIssue(loc: loc(context.codingPath), msg: "must be \(typeName(type))", type: "type_error")]
        case .valueNotFound(let type, let context):
            return [
                ValidationIssue(
                    loc: loc(context.codingPath), msg: "must be \(typeName(type)), not null",
                    type: "type_error.none.not_allowed")
            ]
        case .dataCorrupted(let context):
            let message = context.codingPath.isEmpty ? "the body is not valid JSON" : context.debugDescription
            return [ValidationIssue(loc: loc(context.codingPath), msg: message, type: "value_error")]
        @unknown default:
            return [ValidationIssue(loc: [root], msg: "invalid request", type: "value_error")]
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch "\(type)" {
        case "Int", "Int64", "Int32": "an integer"
        case "String": "a string"
        case "Bool": "a boolean"
        case "Double", "Float": "a number"
        case let name where name.hasPrefix("Array"): "a list"
        default: "of the documented type"
        }
    }

    static func response(_ error: APIError) -> (HTTPResponse, HTTPBody?) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        if let seconds = error.retryAfterSeconds { fields[.retryAfter] = String(seconds) }
        return (HTTPResponse(status: .init(code: error.status), headerFields: fields), HTTPBody(error.body()))
    }
}
