/// Why a phone number can't be parsed: the API answers 422 for it.
public struct PhoneNumberError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The number exactly as it was given.
    public let input: String
    /// What is wrong with it.
    public let reason: Reason

    /// The ways a number can fail §4.3 of the contract.
    public enum Reason: Hashable, Sendable {
        /// Nothing but formatting characters, or nothing at all.
        case empty
        /// A character other than digits, a leading "+", spaces, dashes, dots, slashes or parentheses.
        case invalidCharacter(Character)
        /// Not "+" followed by digits only, where E.164 is required or "+"/"00" has no digits after it.
        case notE164
        /// More than the 15 digits E.164 allows.
        case tooLong
        /// The national number's length is not possible for the calling code (its digits, e.g. "44").
        case impossibleLength(callingCode: String, nationalDigits: Int)
        /// "+" (or "00") followed by digits that start with no known calling code.
        case unknownCallingCode
        /// A national number under +1 that is neither ten digits nor eleven starting with 1.
        case wrongNationalLength
    }

    /// Records that `input` failed for `reason`.
    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }

    /// A short sentence naming the number and what is wrong with it.
    public var description: String {
        "'\(Self.shown(input))' \(reason.explanation)"
    }

    /// Keeps descriptions short when the input is garbage, e.g. a whole CSV row in one field.
    private static func shown(_ input: String) -> String {
        let limit = 40
        return input.count <= limit ? input : input.prefix(limit) + "…"
    }
}

extension PhoneNumberError.Reason {
    /// The predicate of the description's sentence, whose subject is the quoted input.
    public var explanation: String {
        switch self {
        case .empty:
            "is empty: a phone number needs digits"
        case .invalidCharacter(let character):
            "contains '\(character)' (\(Self.codePoints(character))), which a phone number can't contain"
        case .notE164:
            "is not E.164: expected + followed by the calling code and national number, digits only (e.g. +14155550123)"
        case .tooLong:
            "is too long: E.164 allows at most 15 digits"
        case .impossibleLength(let callingCode, let nationalDigits):
            "is not a possible number length for +\(callingCode) "
                + "(\(nationalDigits) national digits; possible: \(Self.possibleLengths(callingCode)))"
        case .unknownCallingCode:
            "does not start with a known calling code"
        case .wrongNationalLength:
            "is not a +1 national number: expected 10 digits, or 11 starting with 1"
        }
    }

    /// Names the scalars too, because a tab or a no-break space looks like nothing between quotes.
    private static func codePoints(_ character: Character) -> String {
        character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }

    private static func possibleLengths(_ callingCode: String) -> String {
        let lengths = CallingCode("+" + callingCode)?.possibleNationalLengths ?? []
        return lengths.map(String.init).joined(separator: ", ")
    }
}
