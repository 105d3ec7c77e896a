/// One row of a resource's field table: its dotted API path (the manifest key is the same but
/// where `manifestKey` says otherwise), whether it holds personal data, and how to read it. The
/// diff, masking and drift all go through the table, so a field is named once.
public struct StateField<State>: Sendable {
    public let path: String
    public let manifestKey: String
    /// Phone numbers, contact data and the like: masked wherever shown.
    public let sensitive: Bool
    public let value: @Sendable (State) -> JSONValue

    public init(
        _ keys: [any CodingKey], manifestKey: String? = nil, sensitive: Bool = false,
        _ value: @escaping @Sendable (State) -> JSONValue
    ) {
        path = keys.map(\.stringValue).joined(separator: ".")
        self.manifestKey = manifestKey ?? path
        self.sensitive = sensitive
        self.value = value
    }
}

/// A field whose value differs between two states (`before` nil: the resource is new).
public struct FieldDifference: Hashable, Sendable {
    public var path: String
    public var before: JSONValue?
    public var after: JSONValue
    public var sensitive: Bool
}

extension Array {
    /// The fields whose values differ from `before` to `after`, in path order.
    public func differences<State>(from before: State?, to after: State) -> [FieldDifference]
    where Element == StateField<State> {
        compactMap { field in
            let old = before.map(field.value)
            let new = field.value(after)
            return old == new
                ? nil : FieldDifference(path: field.path, before: old, after: new, sensitive: field.sensitive)
        }
        .sorted { $0.path < $1.path }
    }
}

/// One field of a patch: left out, set to `null`, or set to a value. The API's PATCH bodies and
/// upsert items mean different things by the first two (§10, "Absent is not null").
public enum FieldPatch<Value: Hashable & Sendable>: Hashable, Sendable {
    case absent
    case null
    case value(Value)

    /// The value, or nil when absent or null.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }

    public var isAbsent: Bool { self == .absent }
}

extension KeyedEncodingContainer {
    /// Writes `patch` under `key`: nothing when absent, `null` when null.
    public mutating func encode<Value: Encodable>(_ patch: FieldPatch<Value>, forKey key: Key) throws {
        switch patch {
        case .absent: break
        case .null: try encodeNil(forKey: key)
        case .value(let value): try encode(value, forKey: key)
        }
    }
}

extension KeyedDecodingContainer {
    /// Reads `key` keeping "absent" and `null` apart.
    public func decodePatch<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> FieldPatch<Value> {
        guard contains(key) else { return .absent }
        return try decodeNil(forKey: key) ? .null : .value(try decode(Value.self, forKey: key))
    }
}
