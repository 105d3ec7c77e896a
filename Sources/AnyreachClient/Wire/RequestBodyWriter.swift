import AnyreachModel

/// A request's JSON written byte by byte, for the bodies apply sends in bulk (upserts of up to
/// 1,000 contacts, creates carrying up to 5,000): the generated types built an
/// `OpenAPIObjectContainer` per contact and ran them through `JSONEncoder`, which at a million
/// contacts was most of the first apply's CPU and memory. Compact, keys of `data` sorted.
struct RequestBodyWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next key or item needs a comma before it.
    private var afterValue = false

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func open(_ bracket: Bracket) {
        separate()
        bytes.append(bracket.opening)
        afterValue = false
    }

    mutating func close(_ bracket: Bracket) {
        bytes.append(bracket.closing)
        afterValue = true
    }

    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        afterValue = false
    }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        separate()
        JSONValue.writeString(text, to: &bytes)
        afterValue = true
    }

    mutating func integer(_ number: Int?) {
        guard let number else { return null() }
        separate()
        bytes.append(contentsOf: String(number).utf8)
        afterValue = true
    }

    mutating func value(_ value: JSONValue) {
        separate()
        value.writeCanonical(to: &bytes)
        afterValue = true
    }

    /// JSON text that is already valid JSON, as it is.
    mutating func text(_ json: String) {
        separate()
        bytes.append(contentsOf: json.utf8)
        afterValue = true
    }

    mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        afterValue = true
    }

    private mutating func separate() {
        if afterValue { bytes.append(UInt8(ascii: ",")) }
    }

    enum Bracket {
        case object, array

        var opening: UInt8 { self == .object ? UInt8(ascii: "{") : UInt8(ascii: "[") }
        var closing: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
    }
}
