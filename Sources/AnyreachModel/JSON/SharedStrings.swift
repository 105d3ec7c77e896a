import Foundation

/// A few strings a page repeats (time zone names: a page of 200 contacts names a handful),
/// each read once: a name longer than 15 bytes (`America/New_York`) is otherwise a heap string
/// per contact, made and freed for every contact that matches the manifests.
public struct SharedStrings {
    /// Each string as it lay between its quotes, escapes and all, with its text: equal bytes
    /// are equal text, so the emulator's `America\/New_York` is unescaped once a page too.
    private var strings: [(raw: [UInt8], text: String)] = []
    /// Past this many, new strings are read as they come: a page of unique values gains nothing.
    private static let capacity = 16

    public init() {}

    /// The text of a raw string, shared when the same bytes were read before.
    mutating func text(of raw: JSONByteScanner.RawString, in scanner: JSONByteScanner) throws(JSONScanError)
        -> String
    {
        let count = raw.end - raw.start
        guard count > 0 else { return "" }
        let start = scanner.bytes.baseAddress! + raw.start
        for string in strings where string.raw.count == count {
            if string.raw.withUnsafeBufferPointer({ memcmp($0.baseAddress!, start, count) == 0 }) {
                return string.text
            }
        }
        let text = try scanner.decode(raw)
        if strings.count < Self.capacity {
            strings.append((Array(UnsafeBufferPointer(start: start, count: count)), text))
        }
        return text
    }
}

extension JSONByteScanner {
    /// Reads a string token, sharing its text with an equal one read before (`SharedStrings`).
    public mutating func string(sharing shared: inout SharedStrings) throws(JSONScanError) -> String {
        let raw = try rawString()
        return try shared.text(of: raw, in: self)
    }
}
