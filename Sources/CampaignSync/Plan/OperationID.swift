public import AnyreachModel

/// An operation's name within a plan: `configuration/<key>/create`, `campaign/<key>/pause`,
/// `contacts/<key>/upsert/3`, `contacts/<key>/delete`, `concurrency/set`. Dependencies and
/// reports refer to operations by it; it is written in saved plans as that text.
public struct OperationID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var resource: ResourceKind
    public var key: String
    public var action: PlanAction
    /// The batch number of a contact upsert, from 1.
    public var batch: Int?

    public init(_ resource: ResourceKind, _ key: String, _ action: PlanAction, batch: Int? = nil) {
        (self.resource, self.key, self.action, self.batch) = (resource, key, action, batch)
    }

    public var description: String {
        switch (resource, action) {
        case (.concurrency, _): "concurrency/set"
        case (.contacts, .upsertContacts): "contacts/\(key)/upsert/\(batch ?? 1)"
        case (.contacts, _): "contacts/\(key)/delete"
        default: "\(resource.rawValue)/\(key)/\(action.rawValue)"
        }
    }

    /// The id written as `description`; keys may hold `/`, so the known suffix is read from the end.
    public init?(_ text: String) {
        if text == "concurrency/set" {
            self.init(.concurrency, "concurrency_limit", .setConcurrency)
            return
        }
        guard let slash = text.firstIndex(of: "/"), let resource = ResourceKind(rawValue: String(text[..<slash])) else {
            return nil
        }
        let rest = text[text.index(after: slash)...]
        guard let parsed = Self.split(rest, resource: resource) else { return nil }
        self.init(resource, parsed.key, parsed.action, batch: parsed.batch)
    }

    private static func split(_ rest: Substring, resource: ResourceKind) -> (
        key: String, action: PlanAction, batch: Int?
    )? {
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        if resource == .contacts, parts.count >= 3, parts[parts.count - 2] == "upsert",
            let batch = Int(parts[parts.count - 1])
        {
            return (parts.dropLast(2).joined(separator: "/"), .upsertContacts, batch)
        }
        guard parts.count >= 2, let last = parts.last else { return nil }
        let key = parts.dropLast().joined(separator: "/")
        if resource == .contacts { return last == "delete" ? (key, .deleteContacts, nil) : nil }
        return PlanAction(rawValue: String(last)).map { (key, $0, nil) }
    }

    public static func < (lhs: OperationID, rhs: OperationID) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = OperationID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not an operation id"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
