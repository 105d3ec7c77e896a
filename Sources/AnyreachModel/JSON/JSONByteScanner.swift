/// A reader of JSON text over its bytes, one token at a time, for the few answers read in bulk
/// (a plan reads every contact page of the org): the caller walks the shape it expects and
/// builds its own values, with no `Decoder` in between and no value it doesn't keep.
///
/// Strict as RFC 8259 is: a malformed token is a `JSONScanError` at its byte offset. Strings
/// must be valid UTF-8 and their escapes complete; nesting is bounded, since the text comes from
/// a server and a recursive reader could otherwise be driven off the end of its stack.
///
/// The bytes are borrowed: use a scanner only inside the `withUnsafeBufferPointer` that made it.
public struct JSONByteScanner {
    /// Deeper than any answer of the contract (a contact's `data` is 16 KiB at most).
    public static let maximumDepth = 256

    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    public internal(set) var offset = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next byte after whitespace, not consumed; nil at the end.
    public mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    /// Consumes `byte` (after whitespace) or throws naming it.
    public mutating func expect(_ byte: UInt8) throws(JSONScanError) {
        guard peek() == byte else { throw error("'\(Character(Unicode.Scalar(byte)))'") }
        offset += 1
    }

    /// Consumes `null` when it comes next.
    public mutating func takeNull() throws(JSONScanError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Throws unless only whitespace is left.
    public mutating func expectEnd() throws(JSONScanError) {
        if peek() != nil { throw error("the end of the text") }
    }

    func error(_ expected: String) -> JSONScanError {
        JSONScanError(offset: offset, expected: expected)
    }

    /// Whitespace runs are mostly short (none in compact text, one space on each side of a
    /// pretty colon), so the first two bytes are read as bytes; a longer run (a pretty page's
    /// indentation, a third of it) is read eight bytes at a time.
    @inline(__always)
    mutating func skipWhitespace() {
        for _ in 0..<2 {
            guard offset < bytes.count, Self.isWhitespace(bytes[offset]) else { return }
            offset &+= 1
        }
        skipLongWhitespace()
    }

    private mutating func skipLongWhitespace() {
        while offset &+ 8 <= bytes.count {
            let others = Self.nonWhitespace(word(at: offset))
            guard others == 0 else {
                offset &+= others.trailingZeroBitCount / 8
                return
            }
            offset &+= 8
        }
        while offset < bytes.count, Self.isWhitespace(bytes[offset]) { offset &+= 1 }
    }

    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Eight bytes from `offset`, the first lowest.
    func word(at offset: Int) -> UInt64 { ByteWord.load(bytes, at: offset) }

    /// The high bit of each byte of `word` (first byte lowest) that is not JSON whitespace.
    static func nonWhitespace(_ word: UInt64) -> UInt64 {
        let spaces =
            ByteWord.bytes(word, equalTo: 0x20) | ByteWord.bytes(word, equalTo: 0x0A)
            | ByteWord.bytes(word, equalTo: 0x0D) | ByteWord.bytes(word, equalTo: 0x09)
        return ~spaces & ByteWord.highBits
    }

    mutating func literal(_ word: StaticString) throws(JSONScanError) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw error("'\(word)'") }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[offset + $0] == expected[$0] }
        }
        guard matches else { throw error("'\(word)'") }
        offset += count
    }
}

/// Text that is not the JSON expected: where, and what should have come there.
public struct JSONScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The byte offset in the text.
    public var offset: Int
    public var expected: String

    public init(offset: Int, expected: String) {
        self.offset = offset
        self.expected = expected
    }

    public var description: String { "at byte \(offset): expected \(expected)" }
}

extension JSONValue {
    /// Reads JSON text with `JSONByteScanner`: the value `parse` (through `JSONDecoder`) reads,
    /// at a fraction of the cost, for text read in bulk. Throws `JSONScanError`.
    public static func read(_ bytes: [UInt8]) throws(JSONScanError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONScanError) in
            var scanner = JSONByteScanner(buffer)
            let value = try scanner.value()
            try scanner.expectEnd()
            return value
        }
    }
}
