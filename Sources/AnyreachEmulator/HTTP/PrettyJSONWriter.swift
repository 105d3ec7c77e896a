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
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no member yet, innermost last.
    private var empty: [Bool] = []
    /// The last timestamp written and its text: contacts written together mostly share their
    /// second, and formatting one was a tenth of a page's writing.
    private var lastTimestamp: (seconds: Int64, text: String)?

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
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
        bytes.append(UInt8(ascii: "\""))
        // Runs of bytes that need no escape (most strings are one run) are copied whole.
        var start = 0
        for index in utf8.indices where Self.needsEscape(utf8[index]) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            escape(utf8[index])
            start = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Where the writer stands: a fast path that gives up half-way goes back to it.
    struct Mark {
        fileprivate let count: Int
        fileprivate let depth: Int
        fileprivate let open: Int
    }

    func mark() -> Mark { Mark(count: bytes.count, depth: depth, open: empty.count) }

    /// Forgets what was written since `mark`.
    mutating func rewind(to mark: Mark) {
        bytes.removeSubrange(mark.count...)
        depth = mark.depth
        empty.removeSubrange(mark.open...)
    }

    mutating func int(_ value: Int64) { append(String(value)) }
    mutating func bool(_ value: Bool) { append(value ? "true" : "false") }
    mutating func null() { append("null") }

    /// Number text that needs no escaping (a double as the encoder spells it).
    mutating func number(_ text: String) { append(text) }

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
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        depth += 1
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        empty.removeLast()
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
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
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
    }

    /// Foundation's escapes: quote, backslash, slash, the short forms of control characters,
    /// `\u00XX` (lowercase hex) for the other ones; every other byte as it is.
    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(byte)
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x00..<0x20:
            append("\\u00")
            bytes.append(Self.hexDigits[Int(byte >> 4)])
            bytes.append(Self.hexDigits[Int(byte & 0x0F)])
        default: bytes.append(byte)  // not reached: `string` copies such bytes in runs
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
