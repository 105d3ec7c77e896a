/// What libphonenumber's metadata says about one calling code, as far as §4.3 needs it.
///
/// The table itself lives in `PossibleLengths.generated.swift`, written by
/// `scripts/generate-phone-metadata.py`; this file only holds the shape and the fast lookups.
struct CallingCodeMetadata: Hashable, Sendable {
    /// Possible national-number lengths, ascending: the union over every region using the code.
    let lengths: [Int]
    /// The main region's national (trunk) prefix, e.g. "0" for +44, "06" for +36; nil for +39.
    let trunkPrefix: String?
    /// The trunk prefix as ASCII bytes, so normalization compares bytes, not strings.
    let trunkBytes: [UInt8]
    /// Bit `n` is set when `n` national digits is possible: a length check is a single AND.
    let lengthMask: UInt64

    init(lengths: [Int], trunkPrefix: String?) {
        self.lengths = lengths
        self.trunkPrefix = trunkPrefix
        self.trunkBytes = Array(trunkPrefix?.utf8 ?? "".utf8)
        // Metadata lengths stay below 20 (+81 goes up to 17); skip anything past 63 rather than
        // trap on the shift, so a surprising metadata release cannot crash the table's creation.
        self.lengthMask = lengths.reduce(0) { mask, n in (0..<64).contains(n) ? mask | 1 << n : mask }
    }

    /// Whether libphonenumber calls `nationalDigits` digits a possible length for this code.
    func isPossible(nationalDigits: Int) -> Bool {
        (0..<64).contains(nationalDigits) && lengthMask & (1 << nationalDigits) != 0
    }
}

extension CallingCodeMetadata {
    /// The table indexed by calling code (1–999), so the hot path avoids hashing.
    ///
    /// A code never starts with 0, so a prefix of k digits whose first digit is non-zero maps
    /// to a number with exactly k digits, and "+1…" can never be mistaken for "+001…".
    static let byNumber: [CallingCodeMetadata?] = {
        var slots = [CallingCodeMetadata?](repeating: nil, count: 1000)
        for (code, metadata) in table where (1..<1000).contains(code) {
            slots[code] = metadata
        }
        return slots
    }()

    /// The metadata for a code of 1–3 ASCII digits, or nil if it is not a calling code.
    static func lookUp(_ code: some Collection<UInt8>) -> CallingCodeMetadata? {
        guard (1...3).contains(code.count), let first = code.first, first != UInt8(ascii: "0") else { return nil }
        var number = 0
        for byte in code {
            guard byte.isASCIIDigit else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return byNumber[number]
    }

    /// Splits an international number's ASCII digits into calling code and national number.
    ///
    /// Takes the longest 1–3 digit prefix that is a code; ITU codes are prefix-free, so "longest"
    /// only matters if a metadata release ever broke that.
    static func splitCallingCode(
        _ digits: ArraySlice<UInt8>
    ) -> (code: ArraySlice<UInt8>, national: ArraySlice<UInt8>, metadata: CallingCodeMetadata)? {
        for length in stride(from: min(3, digits.count), through: 1, by: -1) {
            let code = digits.prefix(length)
            if let metadata = lookUp(code) {
                return (code, digits.dropFirst(length), metadata)
            }
        }
        return nil
    }
}
