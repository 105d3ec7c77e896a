import Foundation

extension JSONByteScanner {
    /// The canonical text (`JSONValue.writeCanonical`) of the object that comes next, copied
    /// straight from its bytes when the object is flat: ASCII keys without escapes, in strictly
    /// ascending order, and values that are strings without escapes, integers, booleans or null.
    /// That is a contact's `data` as the API writes it, and reading it this way builds no
    /// dictionary for the millions of contacts a plan compares.
    ///
    /// Anything else, well-formed or not, leaves the scanner where it was and returns nil: the
    /// caller then reads the value whole, and reports what is wrong with it.
    public mutating func flatObjectCanonicalText() -> String? {
        let start = offset
        guard let text = try? flatObjectText() else {
            offset = start
            return nil
        }
        return text
    }

    /// nil when the object is not flat (the caller restores the offset).
    private mutating func flatObjectText() throws(JSONScanError) -> String? {
        guard peek() == UInt8(ascii: "{") else { return nil }
        offset += 1
        var text: [UInt8] = [UInt8(ascii: "{")]
        var first = true
        var previous: RawString?
        while try nextMember(&first, closer: UInt8(ascii: "}")) {
            let key = try self.key()
            guard !key.escaped, key.ascii, previous.map({ precedes($0, key) }) ?? true else { return nil }
            previous = key
            if text.count > 1 { text.append(UInt8(ascii: ",")) }
            appendQuoted(key, to: &text)
            text.append(UInt8(ascii: ":"))
            guard try appendFlatValue(to: &text) else { return nil }
        }
        text.append(UInt8(ascii: "}"))
        return String(decoding: text, as: UTF8.self)
    }

    /// A scalar as the canonical writer writes it; false for anything it would write otherwise.
    private mutating func appendFlatValue(to text: inout [UInt8]) throws(JSONScanError) -> Bool {
        guard let next = peek() else { return false }
        switch next {
        case UInt8(ascii: "\""):
            let raw = try rawString()
            guard !raw.escaped else { return false }
            try checkUTF8(raw)
            appendQuoted(raw, to: &text)
        case UInt8(ascii: "t"):
            try literal("true")
            text.append(contentsOf: "true".utf8)
        case UInt8(ascii: "f"):
            try literal("false")
            text.append(contentsOf: "false".utf8)
        case UInt8(ascii: "n"):
            try literal("null")
            text.append(contentsOf: "null".utf8)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard case .int(let number) = try self.number() else { return false }
            text.append(contentsOf: String(number).utf8)
        default:
            return false
        }
        return true
    }

    /// A string's bytes between quotes: with no escapes, they hold no quote, backslash or
    /// control character, so they are what the canonical writer writes.
    private func appendQuoted(_ raw: RawString, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "\""))
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[raw.start..<raw.end]))
        text.append(UInt8(ascii: "\""))
    }

    /// Whether ASCII key `first` sorts strictly before `second`, as `String` sorts them.
    private func precedes(_ first: RawString, _ second: RawString) -> Bool {
        let common = min(first.end - first.start, second.end - second.start)
        let order = memcmp(bytes.baseAddress! + first.start, bytes.baseAddress! + second.start, common)
        return order < 0 || (order == 0 && first.end - first.start < second.end - second.start)
    }
}
