/// The ids of a campaign's contacts read so far, to notice one that comes back twice (a read
/// that raced with inserts or deletes). A UUID is kept as its 128 bits rather than its 36
/// characters, in a list sorted once the read is done (16 bytes a contact; a set took 34): a
/// campaign may have millions, and several are read at once. Any other id (the contract says
/// UUID, but a server may differ) is kept as it is.
struct ContactIDSet {
    private var uuids: [UInt128] = []
    private var others: Set<String> = []
    private var repeatedOther: String?

    /// Room for `count` UUIDs (at most a million up front: `total` is the server's word).
    mutating func reserve(_ count: Int) {
        uuids.reserveCapacity(min(max(count, 0), 1_000_000))
    }

    mutating func insert(_ id: String) {
        if let bits = Self.bits(id) {
            uuids.append(bits)
        } else if !others.insert(id).inserted, repeatedOther == nil {
            repeatedOther = id
        }
    }

    /// An id that was inserted twice (the first in order, for a UUID), if any.
    mutating func repeated() -> String? {
        if let repeatedOther { return repeatedOther }
        uuids.sort()
        for index in uuids.indices.dropFirst() where uuids[index] == uuids[index - 1] {
            return Self.text(uuids[index])
        }
        return nil
    }

    /// A UUID's canonical text, lowercase.
    static func text(_ bits: UInt128) -> String {
        let hex = String(bits, radix: 16)
        let digits = Array(String(repeating: "0", count: 32 - hex.count) + hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }.joined(separator: "-")
    }

    /// The 128 bits of a canonical `8-4-4-4-12` UUID, in any case; nil for anything else.
    static func bits(_ id: String) -> UInt128? {
        id.utf8.withContiguousStorageIfAvailable { bytes -> UInt128? in
            let dash = UInt8(ascii: "-")
            guard bytes.count == 36, bytes[8] == dash, bytes[13] == dash, bytes[18] == dash, bytes[23] == dash
            else { return nil }
            // Digits through a table and checked once at the end: every id of every page passes
            // here, and a branch per byte was a sixtieth of a plan's CPU.
            let table = hexDigits
            var value: UInt128 = 0
            var invalid: UInt8 = 0
            for position in 0..<36 where position != 8 && position != 13 && position != 18 && position != 23 {
                let digit = table[Int(bytes[position])]
                invalid |= digit
                value = value << 4 | UInt128(digit)
            }
            return invalid & 0x10 == 0 ? value : nil
        } ?? nil
    }

    /// A byte's value as a hex digit, or 0x10 for a byte that is none.
    private static let hexDigits: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt8(byte) - UInt8(ascii: "A") + 10
        default: 0x10
        }
    }
}
