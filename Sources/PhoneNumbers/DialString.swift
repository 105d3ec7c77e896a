/// A phone number as written, reduced to what §4.3 looks at: an optional leading "+" and digits.
///
/// Scanning works on UTF-8 bytes because the manifest validator runs it on a million numbers;
/// only the error path goes back to `Character`s, to name the offending one.
struct DialString {
    /// The ASCII digits, in order, with the formatting characters dropped.
    let digits: [UInt8]
    /// Whether the number starts with "+" (after any formatting characters).
    let hasPlus: Bool
    /// Whether the input was exactly the "+" (if any) and the digits: nothing was dropped.
    let isCompact: Bool

    /// Scans `raw`, rejecting any character other than digits, the formatting characters the
    /// contract drops, and a "+" before the first digit.
    init(scanning raw: String) throws(PhoneNumberError) {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var hasPlus = false
        var isCompact = true
        for byte in raw.utf8 {
            if byte.isASCIIDigit {
                digits.append(byte)
            } else if byte == UInt8(ascii: "+"), digits.isEmpty, !hasPlus {
                hasPlus = true
            } else if Self.isFormatting(byte) {
                isCompact = false
            } else {
                throw PhoneNumberError(input: raw, reason: .invalidCharacter(Self.firstInvalidCharacter(in: raw)))
            }
        }
        guard !digits.isEmpty else { throw PhoneNumberError(input: raw, reason: hasPlus ? .notE164 : .empty) }
        (self.digits, self.hasPlus, self.isCompact) = (digits, hasPlus, isCompact)
    }

    /// Spaces, dashes, dots, slashes and parentheses: the characters the contract says to drop.
    static func isFormatting(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
            UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    /// The first character the scan rejects, as a whole `Character`: a digit carrying a combining
    /// mark is reported with its mark, not as a bare continuation byte.
    private static func firstInvalidCharacter(in raw: String) -> Character {
        var plusAllowed = true
        for character in raw {
            let scalars = character.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first, scalar.isASCII else { return character }
            let byte = UInt8(scalar.value)
            if byte == UInt8(ascii: "+"), plusAllowed {
                plusAllowed = false
            } else if byte.isASCIIDigit {
                plusAllowed = false
            } else if !isFormatting(byte) {
                return character
            }
        }
        // Unreachable when the byte scan found an invalid byte; U+FFFD still names "something odd".
        return "\u{FFFD}"
    }
}

extension UInt8 {
    /// Whether this byte is ASCII 0–9: the only digits the contract knows (not Arabic-Indic, not fullwidth).
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
