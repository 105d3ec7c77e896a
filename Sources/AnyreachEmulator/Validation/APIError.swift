public import Foundation

/// One entry of a 422 `detail` array: where the bad value is, what is wrong, and its kind.
public struct ValidationIssue: Hashable, Sendable, Codable {
    /// A `loc` entry: a key or a list index (the contract's `["body", "contacts", 3, ...]`).
    public enum Location: Hashable, Sendable, Codable {
        case key(String)
        case index(Int)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let index = try? container.decode(Int.self) {
                self = .index(index)
            } else {
                self = .key(try container.decode(String.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .key(let key): try container.encode(key)
            case .index(let index): try container.encode(index)
            }
        }
    }

    public var loc: [Location]
    public var msg: String
    public var type: String

    public init(loc: [Location], msg: String, type: String) {
        self.loc = loc
        self.msg = msg
        self.type = type
    }
}

/// An answer in the API's error shape (`{"detail": ...}`), thrown by the emulator's operations
/// and turned into a response in one place (`ErrorMiddleware`).
public struct APIError: Error, Sendable {
    public enum Detail: Sendable {
        case message(String)
        case issues([ValidationIssue])
    }

    public var status: Int
    public var detail: Detail
    public var retryAfterSeconds: Int?

    public init(status: Int, detail: Detail, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.detail = detail
        self.retryAfterSeconds = retryAfterSeconds
    }

    public static func badRequest(_ message: String) -> APIError { .init(status: 400, detail: .message(message)) }
    public static func unauthorized(_ message: String) -> APIError { .init(status: 401, detail: .message(message)) }
    public static func forbidden(_ message: String) -> APIError { .init(status: 403, detail: .message(message)) }
    public static func notFound(_ message: String) -> APIError { .init(status: 404, detail: .message(message)) }
    public static func conflict(_ message: String) -> APIError { .init(status: 409, detail: .message(message)) }
    public static func invalid(_ issues: [ValidationIssue]) -> APIError { .init(status: 422, detail: .issues(issues)) }

    public static func invalid(_ loc: [ValidationIssue.Location], _ msg: String, type: String) -> APIError {
        .invalid([ValidationIssue(loc: loc, msg: msg, type: type)])
    }

    /// The response body, `{"detail": "<message>"}` or `{"detail": [<issue>, ...]}`.
    public func body() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch detail {
        case .message(let message): return (try? encoder.encode(["detail": message])) ?? Data()
        case .issues(let issues): return (try? encoder.encode(["detail": issues])) ?? Data()
        }
    }
}
