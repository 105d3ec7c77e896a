public import AnyreachAPI
public import AnyreachModel

/// Shows values in plans, masking phone numbers and contact data unless asked not to; a masked
/// value carries a short digest, so a reviewer still sees that it changed (and to what it didn't).
public struct Masking: Sendable {
    public var showSensitive: Bool

    public init(showSensitive: Bool) {
        self.showSensitive = showSensitive
    }

    public func show(_ value: JSONValue?, sensitive: Bool) -> String {
        guard let value else { return "(none)" }
        guard sensitive, !showSensitive, value != .null else { return value.canonicalString }
        return "(sensitive #\(Fingerprint.of(value).prefix(6)))"
    }

    /// The value itself, or its masked stand-in, for JSON output.
    public func json(_ value: JSONValue?, sensitive: Bool) -> JSONValue? {
        guard let value, sensitive, !showSensitive, value != .null else { return value }
        return .string("(sensitive #\(Fingerprint.of(value).prefix(6)))")
    }
}

extension JSONValue {
    /// Compact JSON with sorted keys.
    var canonicalString: String { String(decoding: canonicalBytes(), as: UTF8.self) }
}
