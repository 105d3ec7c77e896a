/// One broken rule, located by a path relative to the value that was checked.
///
/// The emulator turns the path into a 422 `loc`; the manifest checks turn it into a file, line
/// and column. Keeping the rules here means both reject exactly the same values.
public struct RuleViolation: Hashable, Sendable {
    public enum PathComponent: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var path: [PathComponent]
    public var message: String
    /// A short machine-readable kind, as in the API's 422 `type` (e.g. `value_error.time`).
    public var kind: String

    public init(path: [PathComponent], message: String, kind: String) {
        self.path = path
        self.message = message
        self.kind = kind
    }

    /// The same violation, located under `prefix`.
    public func prefixed(_ prefix: [PathComponent]) -> RuleViolation {
        RuleViolation(path: prefix + path, message: message, kind: kind)
    }
}
