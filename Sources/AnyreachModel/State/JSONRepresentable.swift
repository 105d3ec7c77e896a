/// A model value as the API's JSON: what the diff compares, fingerprints and shows, and what a
/// saved plan's body holds. Keys come from each type's `CodingKeys`, the one place a field's API
/// name is spelled on the client side.
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension String: JSONRepresentable {
    public var json: JSONValue { .string(self) }
}

extension Int: JSONRepresentable {
    public var json: JSONValue { .int(Int64(self)) }
}

extension JSONValue: JSONRepresentable {
    public var json: JSONValue { self }
}

extension Optional: JSONRepresentable where Wrapped: JSONRepresentable {
    /// `null` when unset: the API's objects carry their nullable fields.
    public var json: JSONValue { self?.json ?? .null }
}

extension Array: JSONRepresentable where Element: JSONRepresentable {
    public var json: JSONValue { .array(map(\.json)) }
}

extension JSONValue {
    /// An object from `(key, value)` pairs keyed by a type's coding keys.
    public static func keyed<Key: CodingKey>(_ pairs: KeyValuePairs<Key, any JSONRepresentable>) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, value) in pairs { object[key.stringValue] = value.json }
        return .object(object)
    }
}
