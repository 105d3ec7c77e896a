import AnyreachModel
import Foundation

/// The size of a contact's `data` as the API measures it (compact UTF-8 JSON), without encoding
/// every contact of a million-row CSV: an upper bound is summed first, and only data that might be
/// over the limit is encoded to get the exact figure.
enum DataSize {
    /// The exact size of data held as canonical text (`ContactState.dataText`) when it exceeds
    /// `limit`. The compact encoding is never more than three times the canonical text (the
    /// most it adds is `.0` to an integral double, `2` as `2.0`; it escapes less), so only text
    /// past a third of the limit is parsed to be measured.
    static func excess(ofCanonical text: String, limit: Int) -> Int? {
        guard text.utf8.count * 3 > limit else { return nil }
        return (try? JSONValue.read(Array(text.utf8))).flatMap { excess(of: $0, limit: limit) }
    }

    /// The exact size in bytes when it exceeds `limit`; nil when the data fits.
    static func excess(of value: JSONValue, limit: Int) -> Int? {
        guard upperBound(value) > limit else { return nil }
        let size = value.compactData().count
        return size > limit ? size : nil
    }

    /// At least the length of the compact encoding: strings count every byte as its longest
    /// possible escape, doubles as the longest number text.
    static func upperBound(_ value: JSONValue) -> Int {
        switch value {
        case .null: 4
        case .bool(let flag): flag ? 4 : 5
        case .int(let number): String(number).utf8.count
        case .double: 32
        case .string(let text): stringBound(text)
        case .array(let items): items.reduce(2 + max(0, items.count - 1)) { $0 + upperBound($1) }
        case .object(let members):
            members.reduce(2 + max(0, members.count - 1)) { $0 + stringBound($1.key) + 1 + upperBound($1.value) }
        }
    }

    /// Quotes plus each byte's worst case: `\u00XX` for control characters, a two-character escape
    /// for `"` and `\`, and three bytes per byte for non-ASCII (a `\uXXXX` pair at the very worst).
    private static func stringBound(_ text: String) -> Int {
        var total = 2
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20: total += 6
            case 0x22, 0x5C: total += 2
            case 0x80...: total += 3
            default: total += 1
            }
        }
        return total
    }
}
