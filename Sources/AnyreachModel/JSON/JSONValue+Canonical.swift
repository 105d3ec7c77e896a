extension JSONValue {
    /// The same value with integral doubles as integers, recursively, so `1.0` and `1` (which
    /// JSON can't tell apart once a server re-encodes them) compare equal.
    public var canonical: JSONValue {
        switch self {
        case .double(let value) where value.rounded() == value && abs(value) < 9.0e15: .int(Int64(value))
        case .array(let items): .array(items.map(\.canonical))
        case .object(let object): .object(object.mapValues(\.canonical))
        default: self
        }
    }
}
