/// An API credential that never shows itself: its description, debug description and any
/// interpolation print a redacted form, so a token can't reach a log, an error or a plan file.
public struct SecretToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    private let value: String

    public init(_ value: String) {
        self.value = value.strippingEdges(Set(" \t\r\n"))
    }

    /// The `Authorization` header value; the one place the token is read.
    var authorizationHeader: String { "Bearer \(value)" }

    public var isPersonalAccessToken: Bool { value.hasPrefix("pat_") }
    public var isOrgKey: Bool { value.hasPrefix("ak_") }
    public var isEmpty: Bool { value.isEmpty }

    public var description: String { "<redacted \(isPersonalAccessToken ? "pat_" : isOrgKey ? "ak_" : "") token>" }
    public var debugDescription: String { description }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func strippingEdges(_ set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
