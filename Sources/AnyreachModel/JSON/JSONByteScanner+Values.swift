extension JSONByteScanner {
    /// Steps through an object's or array's members: call after the opening bracket with
    /// `first` true; returns false (having consumed `closer`) when there are no more.
    public mutating func nextMember(_ first: inout Bool, closer: UInt8) throws(JSONScanError) -> Bool {
        if peek() == closer {
            offset += 1
            return false
        }
        if !first { try expect(UInt8(ascii: ",")) }
        first = false
        return true
    }

    /// Reads an object key and its colon; its text is checked even when nobody decodes it.
    public mutating func key() throws(JSONScanError) -> RawString {
        let raw = try rawString()
        try checkUTF8(raw)
        try expect(UInt8(ascii: ":"))
        return raw
    }

    /// Reads a number as `JSONDecoder` reads one into a `JSONValue`: an integer literal that fits
    /// 64 bits, or any literal whose value is a whole number a 64-bit integer holds exactly
    /// (`1.0`, `1e2`), as `.int`; any other as `.double`.
    public mutating func number() throws(JSONScanError) -> JSONValue {
        skipWhitespace()
        let start = offset
        var isInteger = true
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            try digits()
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            try digits()
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                offset += 1
            }
            try digits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if isInteger, let value = Int64(text) { return .int(value) }
        guard let value = Double(text), value.isFinite else {
            throw JSONScanError(offset: start, expected: "a number a double can hold")
        }
        if value.rounded() == value, let whole = Int64(exactly: value) { return .int(whole) }
        return .double(value)
    }

    private mutating func digits() throws(JSONScanError) {
        let start = offset
        while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) { offset += 1 }
        if offset == start { throw error("a digit") }
    }

    /// Reads any value as a `JSONValue`.
    public mutating func value(depth: Int = 0) throws(JSONScanError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("less nesting") }
        switch peek() {
        case UInt8(ascii: "{"):
            offset += 1
            var object: [String: JSONValue] = [:]
            var first = true
            while try nextMember(&first, closer: UInt8(ascii: "}")) {
                let name = try decode(try key())
                object[name] = try value(depth: depth + 1)
            }
            return .object(object)
        case UInt8(ascii: "["):
            offset += 1
            var items: [JSONValue] = []
            var first = true
            while try nextMember(&first, closer: UInt8(ascii: "]")) { items.append(try value(depth: depth + 1)) }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default: return try number()
        }
    }

    /// Reads past any value, checking it as strictly as `value()` does but keeping nothing.
    public mutating func skipValue(depth: Int = 0) throws(JSONScanError) {
        guard depth < Self.maximumDepth else { throw error("less nesting") }
        switch peek() {
        case UInt8(ascii: "{"):
            offset += 1
            var first = true
            while try nextMember(&first, closer: UInt8(ascii: "}")) {
                _ = try key()
                try skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            offset += 1
            var first = true
            while try nextMember(&first, closer: UInt8(ascii: "]")) { try skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""):
            try checkUTF8(try rawString())
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: _ = try number()
        }
    }
}
