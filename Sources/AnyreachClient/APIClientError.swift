public import AnyreachAPI
public import AnyreachModel
public import Foundation

/// A request the API refused or that never got an answer, described so a person can act on it:
/// method and path, status, the API's own words, and what to do. It never contains the token.
public struct APIClientError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The API answered with this status.
        case status(Int)
        /// No usable answer: connection refused, reset or timed out.
        case transport(String)
        /// An answer with this status whose body isn't what the contract describes (a proxy's
        /// HTML page, a missing field, a wrong type): what was wrong with it.
        case unreadable(status: Int, problem: String)
    }

    public var method: String
    public var path: String
    public var operationID: String
    public var kind: Kind
    /// The API's `detail`, as a message or as 422 issues (`loc: msg`).
    public var detail: [String]
    public var attempts: Int

    public var status: Int? {
        switch kind {
        case .status(let status), .unreadable(let status, _): return status
        case .transport: return nil
        }
    }

    public var description: String {
        summary + (hint.map { ". \($0)" } ?? "")
    }

    /// What happened, without what to do about it.
    public var summary: String {
        let what: String
        switch kind {
        case .status(let status): what = "\(status) \(HTTPStatusName.name(status))"
        case .transport(let reason): what = "no answer (\(reason))"
        case .unreadable(let status, let problem):
            what = "\(status) \(HTTPStatusName.name(status)), but not an answer the Anyreach API gives: \(problem)"
        }
        var text = "\(method) \(path): \(what)"
        // The API's sentences end in a period of their own; one more would print "found.. Check".
        if !detail.isEmpty { text += ": " + detail.map { $0.strippingEdges([".", " "]) }.joined(separator: "; ") }
        if attempts > 1 { text += " (after \(attempts) attempts)" }
        return text
    }

    /// What to do about it, where the status says.
    public var hint: String? {
        if case .unreadable = kind {
            return
                "Check that --api-url (or ANYREACH_API_URL) is the Anyreach API and that no proxy answers in its place"
        }
        return switch status {
        case 401?:
            detail.contains { $0.contains("organization claim") }
                ? "Set the org with --org or ANYREACH_ORG (a pat_ token names its org on every request)"
                : "Check the credential in ANYREACH_TOKEN or --token-file: it is missing, unknown or revoked"
        // A pat_ naming an org its user is not in is a 403 too (§10), and no scope would fix that.
        case 403? where detail.contains { $0.localizedCaseInsensitiveContains("organization") }:
            "Check the org in --org or ANYREACH_ORG: the token's user is not a member of it"
        case 403?:
            ScopeTable.scopeToRequest(forOperation: operationID).map {
                "This route needs the scope \($0.rawValue); use a credential that has it"
            } ?? "The credential lacks a scope this route needs"
        case 404?: "Nothing with that id or external_id exists in this org"
        case 422?: "The API rejected the values named above"
        case 429?: "The API's rate limit held for longer than the retry budget; run again later or lower --parallelism"
        case let code? where code >= 500: "The API failed; running the same command again is safe"
        case nil: "Check --api-url and the network; running the same command again is safe"
        default: nil
        }
    }
}

/// Reason phrases for the statuses the contract names.
enum HTTPStatusName {
    static func name(_ status: Int) -> String {
        [
            200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 405: "Method Not Allowed",
            409: "Conflict",
            422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ][status] ?? "HTTP \(status)"
    }

    /// The `detail` of an error body as readable lines: a message, or `loc: msg` per issue.
    static func details(from body: Data) -> [String] {
        guard let json = try? JSONValue.parse(body), let detail = json.objectValue?["detail"] else {
            return body.isEmpty ? [] : [String(decoding: body.prefix(300), as: UTF8.self)]
        }
        switch detail {
        case .string(let message): return [message]
        case .array(let issues): return issues.map(issueLine)
        default: return [detail.compactString()]
        }
    }

    private static func issueLine(_ issue: JSONValue) -> String {
        let object = issue.objectValue ?? [:]
        var parts: [JSONValue] = []
        if case .array(let items)? = object["loc"] { parts = items }
        let loc: [String] = parts.map { part in
            switch part {
            case .string(let key): key
            case .int(let index): String(index)
            default: part.compactString()
            }
        }
        return "\(loc.joined(separator: ".")): \(object["msg"]?.stringValue ?? "invalid")"
    }
}
