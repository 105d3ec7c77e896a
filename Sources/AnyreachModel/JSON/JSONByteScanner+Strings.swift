import Foundation

extension JSONByteScanner {
    /// A string's raw bytes, between its quotes, whether any escape is among them, and whether
    /// they are all ASCII (which is valid UTF-8 as it stands).
    public struct RawString {
        public var start: Int
        public var end: Int
        public var escaped: Bool
        public var ascii = true
    }

    /// Reads a string token's extent without decoding it (object keys are matched this way).
    public mutating func rawString() throws(JSONScanError) -> RawString {
        try expect(UInt8(ascii: "\""))
        let start = offset
        var escaped = false
        var high: UInt8 = 0
        while offset < bytes.count {
            // Eight bytes at a time while none of them needs a look: most strings are plain ASCII
            // (ids, keys, numbers, zones), and a page is mostly strings.
            while offset &+ 8 <= bytes.count, !Self.needsLook(word(at: offset)) { offset &+= 8 }
            // Then the next eight one by one, whatever stopped the words.
            let stop = Swift.min(offset &+ 8, bytes.count)
            while offset < stop {
                let byte = bytes[offset]
                high |= byte
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return RawString(start: start, end: offset - 1, escaped: escaped, ascii: high < 0x80)
                }
                if byte < 0x20 { throw error("no control character inside a string") }
                if byte == UInt8(ascii: "\\") {
                    escaped = true
                    offset += 1
                }
                offset += 1
            }
        }
        throw error("the end of a string")
    }

    /// Whether any of a word's bytes is a quote, a backslash, a control character or not ASCII.
    static func needsLook(_ word: UInt64) -> Bool {
        let quotes = ByteWord.bytes(word, equalTo: UInt8(ascii: "\""))
        let backslashes = ByteWord.bytes(word, equalTo: UInt8(ascii: "\\"))
        return quotes | backslashes | ByteWord.controlBytes(word) | word & ByteWord.highBits != 0
    }

    /// A raw string's bytes where they lie, when it has no escapes (nil otherwise): borrowed
    /// like the scanner's, and read without a copy.
    public func bytes(of raw: RawString) -> UnsafeBufferPointer<UInt8>? {
        raw.escaped ? nil : UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
    }

    /// Whether a raw string without escapes is exactly `word`.
    public func matches(_ raw: RawString, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard !raw.escaped, raw.end - raw.start == count else { return false }
        return memcmp(bytes.baseAddress! + raw.start, word.utf8Start, count) == 0
    }

    /// Reads a string token.
    public mutating func string() throws(JSONScanError) -> String {
        let raw = try rawString()
        return try decode(raw)
    }

    /// Checks a string's text without keeping it: ASCII needs no look beyond its bytes.
    func checkUTF8(_ raw: RawString) throws(JSONScanError) {
        if raw.escaped || !raw.ascii { _ = try decode(raw) }
    }

    /// The text of a raw string, escapes resolved; its UTF-8 must be valid.
    public func decode(_ raw: RawString) throws(JSONScanError) -> String {
        if !raw.escaped {
            let slice = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
            // Most text is ASCII, which is valid UTF-8 as it stands.
            if raw.ascii { return String(decoding: slice, as: UTF8.self) }
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw JSONScanError(offset: raw.start, expected: "valid UTF-8")
            }
            return text
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end])
        if raw.ascii {
            // ASCII with escapes (`America\/New_York`): unescaped straight into the string,
            // valid by construction (a `\u` escape is encoded from its scalar).
            var failure: JSONScanError?
            let text = String(unsafeUninitializedCapacity: slice.count) { buffer in
                var out = OutputBytes(buffer: buffer)
                do throws(JSONScanError) {
                    try unescape(raw, into: &out)
                } catch {
                    failure = error
                }
                return out.count
            }
            if let failure { throw failure }
            return text
        }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(raw.end - raw.start)
        try unescape(raw, into: &unescaped)
        guard let text = String(validating: unescaped, as: UTF8.self) else {
            throw JSONScanError(offset: raw.start, expected: "valid UTF-8")
        }
        return text
    }

    /// A raw string's bytes with its escapes resolved (never more bytes than it has).
    private func unescape(_ raw: RawString, into out: inout some UnescapedBytes) throws(JSONScanError) {
        var index = raw.start
        while index < raw.end {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                continue
            }
            index = try unescape(at: index, into: &out)
        }
    }

    /// Resolves the escape whose letter is at `index`; returns the index after it.
    private func unescape(at index: Int, into out: inout some UnescapedBytes) throws(JSONScanError) -> Int {
        if let byte = Self.simpleEscapes[bytes[index]] {
            out.append(byte)
            return index + 1
        }
        guard bytes[index] == UInt8(ascii: "u") else { throw JSONScanError(offset: index, expected: "an escape") }
        var (unit, next) = try hexUnit(at: index + 1)
        if (0xD800..<0xDC00).contains(unit) {
            // A high surrogate must be followed by its low half.
            guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"), bytes[next + 1] == UInt8(ascii: "u") else {
                throw JSONScanError(offset: next, expected: "the low half of a surrogate pair")
            }
            let (low, after) = try hexUnit(at: next + 2)
            guard (0xDC00..<0xE000).contains(low) else {
                throw JSONScanError(offset: next, expected: "the low half of a surrogate pair")
            }
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            next = after
        } else if (0xDC00..<0xE000).contains(unit) {
            throw JSONScanError(offset: index, expected: "a surrogate pair's high half first")
        }
        for byte in Unicode.UTF8.encode(Unicode.Scalar(unit)!)! { out.append(byte) }
        return next
    }

    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    /// Four hex digits at `index` as a code unit; returns it and the index after them.
    private func hexUnit(at index: Int) throws(JSONScanError) -> (UInt32, Int) {
        guard index + 4 <= bytes.count else { throw JSONScanError(offset: index, expected: "four hex digits") }
        var unit: UInt32 = 0
        for position in index..<index + 4 {
            guard let digit = Self.hexDigit(bytes[position]) else {
                throw JSONScanError(offset: position, expected: "four hex digits")
            }
            unit = unit << 4 | digit
        }
        return (unit, index + 4)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// Where unescaped text goes: an array, or a new string's storage.
protocol UnescapedBytes {
    mutating func append(_ byte: UInt8)
}

extension Array: UnescapedBytes where Element == UInt8 {}

/// A string's storage being written, as `String(unsafeUninitializedCapacity:)` lends it.
struct OutputBytes: UnescapedBytes {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }
}
