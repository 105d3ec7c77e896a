import AnyreachAPI
import AnyreachModel
import Foundation

/// Reads the JSON columns the store wrote itself (`JSONValue.compactString()`).
///
/// A contact row holds two: `phone_numbers` and `data`. `JSONDecoder` costs several
/// microseconds a value before it reads a byte, which made decoding rows a third of the
/// emulator's CPU time when it served contact pages; values are read by `JSONByteScanner`, which
/// reads numbers as the decoder does, and lists of plain strings directly.
enum StoredJSON {
    /// A `data` or `agent_config` column.
    static func value(_ text: String) throws -> JSONValue {
        text == "{}" ? .object([:]) : try JSONValue.read(Array(text.utf8))
    }

    /// A `phone_numbers` column.
    static func strings(_ text: String) throws -> [String] {
        if let strings = plainStrings(Array(text.utf8)) { return strings }
        return try JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// `["…","…"]` with no backslash anywhere, so that each string ends at its next quote;
    /// nil for any other text.
    static func plainStrings(_ bytes: [UInt8]) -> [String]? {
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
            !bytes.contains(UInt8(ascii: "\\"))
        else { return nil }
        var strings: [String] = []
        var index = 1
        let end = bytes.count - 1
        while index < end {
            guard bytes[index] == quote, let close = bytes[(index + 1)..<end].firstIndex(of: quote) else { return nil }
            strings.append(String(decoding: bytes[(index + 1)..<close], as: UTF8.self))
            index = close + 1
            if index < end {
                guard bytes[index] == comma, index + 1 < end else { return nil }
                index += 1
            }
        }
        return strings
    }
}
