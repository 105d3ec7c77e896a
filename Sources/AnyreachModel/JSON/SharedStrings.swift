import Foundation

/// A few strings a page repeats (time zone names: a page of 200 contacts names a handful),
/// each read once: a name longer than 15 bytes (`America/New_York`) is otherwise a heap string
/// per contact, made and freed for every contact that matches the manifests.
public struct SharedStrings {
    private var strings: [String] = []
    /// Past this many, new strings are read as they come: a page of unique values gains nothing.
    private static let capacity = 16

    public init() {}

    /// The text of a plain ASCII raw string, shared when it was read before.
    mutating func text(of raw: JSONByteScanner.RawString, in scanner: JSONByteScanner) throws(JSONScanError)
        -> String
    {
        guard !raw.escaped, raw.ascii else { return try scanner.decode(raw) }
        let count = raw.end - raw.start
        let start = scanner.bytes.baseAddress! + raw.start
        for string in strings where string.utf8.count == count {
            var string = string
            if string.withUTF8({ memcmp($0.baseAddress!, start, count) == 0 }) { return string }
        }
        let text = try scanner.decode(raw)
        if strings.count < Self.capacity { strings.append(text) }
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
