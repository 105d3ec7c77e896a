/// An API credential that never shows itself: its description, debug description, any
/// interpolation and its mirror (`dump`, `String(reflecting:)` of a type holding it) show a
/// redacted form, so a token can't reach a log, an error, a debug dump or a plan file.
public struct SecretToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable
{
    private let value: String

    /// Keeps the token without surrounding whitespace, such as the newline a token file ends in.
    public init(_ value: String) {
        self.value = value.strippingEdges(where: \.isWhitespace)
    }

    /// The `Authorization` header value; the one place the token is read.
    var authorizationHeader: String { "Bearer \(value)" }

    public var isPersonalAccessToken: Bool { value.hasPrefix("pat_") }
    public var isOrgKey: Bool { value.hasPrefix("ak_") }
    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted \(isPersonalAccessToken ? "pat_" : isOrgKey ? "ak_" : "") token>" }
    public var debugDescription: String { description }
    /// Without this, `dump()` of anything holding a token walks the stored `value` and prints it.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

extension String {
    /// The string without leading and trailing characters of `set`. Characters are grapheme
    /// clusters: `"\r\n"` is one, and a set holding it does not hold `"\n"`.
    func strippingEdges(_ set: Set<Character>) -> String {
        strippingEdges(where: set.contains)
    }

    /// The string without leading and trailing characters that match `predicate`.
    func strippingEdges(where predicate: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let first = text.first, predicate(first) { text = text.dropFirst() }
        while let last = text.last, predicate(last) { text = text.dropLast() }
        return String(text)
    }
}
