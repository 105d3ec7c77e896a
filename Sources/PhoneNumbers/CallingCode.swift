/// An international calling code from libphonenumber's metadata, such as +1 or +44.
///
/// Campaign configurations carry one as `default_country_code`; only codes in the generated
/// table can be made, so a `CallingCode` always has metadata to normalize with.
public struct CallingCode: Hashable, Sendable {
    /// The code's digits without the plus, e.g. "44".
    public let digits: String
    let metadata: CallingCodeMetadata

    /// Parses a calling code written as in the configuration: "+" and the code, e.g. "+44".
    ///
    /// Returns nil without the "+", with anything but 1–3 digits after it, or for a code that
    /// libphonenumber does not know (e.g. "+999").
    public init?(_ text: String) {
        guard text.utf8.first == UInt8(ascii: "+"),
            let metadata = CallingCodeMetadata.lookUp(text.utf8.dropFirst())
        else { return nil }
        self.init(digits: String(text.dropFirst()), metadata: metadata)
    }

    init(digits: String, metadata: CallingCodeMetadata) {
        self.digits = digits
        self.metadata = metadata
    }

    /// The code as written in configurations and E.164 numbers, e.g. "+44".
    public var text: String { "+" + digits }

    /// The national-number lengths libphonenumber calls possible for any region using this code.
    public var possibleNationalLengths: [Int] { metadata.lengths }

    /// The national (trunk) prefix dropped from national numbers, e.g. "0"; nil where there is none.
    public var trunkPrefix: String? { metadata.trunkPrefix }

    /// Every calling code in the generated table, in ascending numeric order.
    public static var all: [CallingCode] {
        CallingCodeMetadata.table.keys.sorted().compactMap { CallingCode("+\($0)") }
    }
}

extension CallingCode {
    /// +1, the North American Numbering Plan: the contract's fallback default country code.
    public static let northAmerica: CallingCode = {
        guard let code = CallingCode("+1") else { preconditionFailure("+1 is missing from the generated table") }
        return code
    }()
}

extension CallingCode: CustomStringConvertible {
    /// The code as written in configurations, e.g. "+44".
    public var description: String { text }
}
