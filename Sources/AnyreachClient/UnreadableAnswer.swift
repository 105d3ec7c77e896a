import Foundation
import HTTPTypes
import OpenAPIRuntime

/// An answer the generated client couldn't read as the contract describes it, in one line:
/// which field was missing or of the wrong type, or which content type came instead of JSON.
/// Never the runtime's own words (`Client encountered an error invoking the operation …`), and
/// never the body, which may be anybody's page.
enum UnreadableAnswer {
    static func error(_ error: ClientError) -> APIClientError {
        let method = error.request?.method.rawValue ?? "?"
        let path = StatusCheckMiddleware.pathOnly(error.request?.path)
        let status = error.response?.status.code ?? 0
        return APIClientError(
            method: method, path: path, operationID: error.operationID,
            kind: .unreadable(status: status, problem: problem(error)), detail: [], attempts: 1)
    }

    static func problem(_ error: ClientError) -> String {
        if let decoding = error.underlyingError as? DecodingError { return describe(decoding) }
        if let type = error.response?.headerFields[.contentType], !type.lowercased().hasPrefix("application/json") {
            return "a \(type.prefix(60)) body where JSON was expected"
        }
        return "the body can't be read as JSON"
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "the field '\(path(context.codingPath + [key]))' is missing"
        case .typeMismatch(let type, let context):
            return "the field '\(path(context.codingPath))' is not \(article(type))"
        case .valueNotFound(let type, let context):
            return "the field '\(path(context.codingPath))' is null where \(article(type)) was expected"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "the body is not valid JSON"
                : "the field '\(path(context.codingPath))' holds a value the API never sends"
        @unknown default:
            return "the body can't be read"
        }
    }

    /// `contacts[3].phone_numbers`, as the contract names fields.
    private static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    private static func article(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: "a whole number"
        case is Double.Type, is Float.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") || String(describing: type).hasPrefix("[")
                ? "a list" : "an object"
        }
    }
}
