import AnyreachModel

extension PrettyJSONWriter {
    /// A stored object (`data`) written from its compact text. A flat one (the usual `data`:
    /// keys in ascending order and values that are strings without escapes, integer literals,
    /// booleans or null) is re-indented token by token, which writes what `value(_:)` writes of
    /// its value: the key order is the same, an unescaped string's bytes are its text, an integer
    /// literal is read and written as one. Anything else (a number with a fraction or an exponent,
    /// which Foundation reads its own way), or text the scanner refuses, is read whole and written
    /// by `value(_:)`; text the store didn't write throws.
    mutating func storedObject(_ object: StoredObject) throws {
        var text = object.compactText
        let mark = mark()
        let flat = text.withUTF8 { utf8 in (try? flatObject(utf8)) ?? false }
        if flat { return }
        rewind(to: mark)
        value(try object.value())
    }

    /// Writes a flat object from its text; false (with something written) for any other.
    private mutating func flatObject(_ text: UnsafeBufferPointer<UInt8>) throws -> Bool {
        var scanner = JSONByteScanner(text)
        try scanner.expect(UInt8(ascii: "{"))
        beginObject()
        var first = true
        var previous: UnsafeBufferPointer<UInt8>?
        while try scanner.nextMember(&first, closer: UInt8(ascii: "}")) {
            guard let name = scanner.bytes(of: try scanner.key()),
                previous.map({ $0.lexicographicallyPrecedes(name) }) ?? true, try flatMember(name, &scanner, in: text)
            else { return false }
            previous = name
        }
        try scanner.expectEnd()
        endObject()
        return true
    }

    /// Writes one member whose value is a scalar `value(_:)` writes as the text has it.
    private mutating func flatMember(
        _ name: UnsafeBufferPointer<UInt8>, _ scanner: inout JSONByteScanner, in text: UnsafeBufferPointer<UInt8>
    ) throws -> Bool {
        if scanner.peek() == UInt8(ascii: "\"") {
            let raw = try scanner.rawString()
            guard let bytes = scanner.bytes(of: raw) else { return false }
            if !raw.ascii { _ = try scanner.decode(raw) }  // its UTF-8 checked, as reading it would
            key(utf8: name)
            string(utf8: bytes)
            return true
        }
        let start = scanner.offset
        let value = try scanner.value()
        if case .int = value, text[start..<scanner.offset].contains(where: Self.isFractionOrExponent) { return false }
        switch value {
        case .int(let number):
            key(utf8: name)
            int(number)
        case .bool(let flag):
            key(utf8: name)
            bool(flag)
        case .null:
            key(utf8: name)
            null()
        default: return false
        }
        return true
    }

    private static func isFractionOrExponent(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e")
    }
}
