import AnyreachModel

/// Writes JSON byte for byte as the generated server's `JSONEncoder` does (`.sortedKeys,
/// .prettyPrinted`, slashes escaped): two-space indents, `"key" : value`, an empty container as
/// its brackets on two lines.
///
/// Contact pages are written with this instead of the encoder: going through `Encodable` (and
/// ICU for the dates) took about 25 µs a contact, 70% of the emulator's CPU time while a client
/// read an org of 100,000 contacts.
/// Callers give object keys in the encoder's order (their UTF-8 bytes, ascending);
/// `ContactPageJSONTests` holds the output to the encoder's.
struct PrettyJSONWriter {
    private let output: ByteOutput
    /// What was written.
    var bytes: [UInt8] { output.array }
    private var depth = 0
    /// Whether the container being written has no member yet, innermost last.
    private var empty: [Bool] = []
    /// The last timestamp written and its text: contacts written together mostly share their
    /// second, and formatting one was a tenth of a page's writing.
    private var lastTimestamp: (seconds: Int64, text: String)?

    init(capacity: Int = 1_024) {
        output = ByteOutput(capacity: capacity)
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member; its value comes next.
    mutating func key(_ name: String) {
        startMember()
        string(name)
        append(" : ")
    }

    /// Starts an object member named by a literal that needs no escape (a field of the
    /// contract): copied whole, where `key(_:)` looks at every byte.
    mutating func member(_ name: StaticString) {
        startMember()
        output.append(UInt8(ascii: "\""))
        append(name)
        append("\" : ")
    }

    /// `key(_:)` of a name's UTF-8 bytes.
    mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
        startMember()
        string(utf8: name)
        append(" : ")
    }

    /// Starts an array element; its value comes next.
    mutating func element() { startMember() }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// A string of these UTF-8 bytes (valid UTF-8: they are copied as they are).
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        output.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape (most strings are one run) are copied whole, and
        // looked at eight at a time: a page is mostly ids, timestamps and keys.
        var start = 0
        var index = 0
        while index < utf8.count {
            if index &+ 8 <= utf8.count, !Self.mayNeedEscape(ByteWord.load(utf8, at: index)) {
                index &+= 8
                continue
            }
            if Self.needsEscape(utf8[index]) {
                output.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                escape(utf8[index])
                start = index + 1
            }
            index &+= 1
        }
        output.append(UnsafeBufferPointer(rebasing: utf8[start...]))
        output.append(UInt8(ascii: "\""))
    }

    /// Where the writer stands: a fast path that gives up half-way goes back to it.
    struct Mark {
        fileprivate let count: Int
        fileprivate let depth: Int
        fileprivate let open: Int
    }

    func mark() -> Mark { Mark(count: output.count, depth: depth, open: empty.count) }

    /// Forgets what was written since `mark`.
    mutating func rewind(to mark: Mark) {
        output.truncate(to: mark.count)
        depth = mark.depth
        empty.removeSubrange(mark.open...)
    }

    mutating func int(_ value: Int64) { append(text: String(value)) }
    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }
    mutating func null() { append("null") }

    /// Number text that needs no escaping (a double as the encoder spells it).
    mutating func number(_ text: String) { append(text: text) }

    /// A timestamp of whole seconds as `BodyDateTranscoder` writes it.
    mutating func timestamp(_ seconds: Int64) {
        if let last = lastTimestamp, last.seconds == seconds { return string(last.text) }
        let text = BodyDateTranscoder.text(seconds)
        lastTimestamp = (seconds, text)
        string(text)
    }

    /// The generated output types write `null` for an unset optional (`NullableOutputs.swift`).
    mutating func stringOrNull(_ text: String?) { if let text { string(text) } else { null() } }
    mutating func intOrNull(_ value: Int?) { if let value { int(Int64(value)) } else { null() } }

    private mutating func open(_ bracket: UInt8) {
        output.append(bracket)
        output.append(UInt8(ascii: "\n"))
        depth += 1
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        empty.removeLast()
        depth -= 1
        output.append(UInt8(ascii: "\n"))
        indent()
        output.append(bracket)
    }

    private mutating func startMember() {
        if empty[empty.count - 1] {
            empty[empty.count - 1] = false
        } else {
            append(",\n")
        }
        indent()
    }

    private mutating func indent() {
        var left = depth * 2
        while left > 0 {
            let count = min(left, Self.spaces.utf8CodeUnitCount)
            Self.spaces.withUTF8Buffer { output.append(UnsafeBufferPointer(rebasing: $0[..<count])) }
            left -= count
        }
    }

    private static let spaces: StaticString = "                                                                "

    /// Literals are copied from their buffers: appending a `String`'s UTF-8 view went byte by byte.
    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { output.append($0) }
    }

    private mutating func append(text: String) {
        var text = text
        text.withUTF8 { output.append($0) }
    }

    /// Whether any byte of `word` is a quote, a backslash, a slash or a control character.
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let special =
            ByteWord.bytes(word, equalTo: UInt8(ascii: "\"")) | ByteWord.bytes(word, equalTo: UInt8(ascii: "\\"))
            | ByteWord.bytes(word, equalTo: UInt8(ascii: "/"))
        return special | ByteWord.controlBytes(word) != 0
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
    }

    /// Foundation's escapes: quote, backslash, slash, the short forms of control characters,
    /// `\u00XX` (lowercase hex) for the other ones; every other byte as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            output.append(UInt8(ascii: "\\"))
            output.append(byte)
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x00..<0x20:
            append("\\u00")
            output.append(Self.hexDigits[Int(byte >> 4)])
            output.append(Self.hexDigits[Int(byte & 0x0F)])
        default: output.append(byte)  // not reached: `string` copies such bytes in runs
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
