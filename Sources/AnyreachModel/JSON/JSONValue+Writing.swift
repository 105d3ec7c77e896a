/// Where canonical JSON text goes: a byte buffer (a request body, a saved digest), or straight
/// into a hash.
public protocol CanonicalSink {
    mutating func append(_ byte: UInt8)
}

extension CanonicalSink {
    @inlinable
    public mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { append(byte) } }
    }

    @inlinable
    public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { for byte in $0 { append(byte) } }
    }
}

extension Array: CanonicalSink where Element == UInt8 {}

extension JSONValue {
    /// Compact JSON with sorted keys, written by hand: fingerprints are taken of many contacts,
    /// and request bodies carry thousands; this is several times faster than a `JSONEncoder`.
    public func canonicalBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        writeCanonical(to: &out)
        return out
    }

    /// Writes the canonical form (`canonical`'s integral doubles as integers included) without
    /// building it first.
    @inlinable
    public func writeCanonical(to out: inout some CanonicalSink) {
        switch self {
        case .null: out.append(literal: "null")
        case .bool(let value): out.append(literal: value ? "true" : "false")
        case .int(let value): out.append(utf8: String(value))
        case .double(let value) where value.rounded() == value && abs(value) < 9.0e15:
            out.append(utf8: String(Int64(value)))
        case .double(let value): out.append(utf8: String(value))
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.writeCanonical(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            out.append(UInt8(ascii: "{"))
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                object[key]!.writeCanonical(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inlinable
    public static func writeString(_ text: String, to out: inout some CanonicalSink) {
        var text = text
        text.withUTF8 { writeString(utf8: $0, to: &out) }
    }

    @inlinable
    static func writeString(utf8: UnsafeBufferPointer<UInt8>, to out: inout some CanonicalSink) {
        out.append(UInt8(ascii: "\""))
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""):
                out.append(92)
                out.append(34)
            case UInt8(ascii: "\\"):
                out.append(92)
                out.append(92)
            case 0..<0x20:
                out.append(literal: "\\u00")
                out.append(Self.hexDigits[Int(byte >> 4)])
                out.append(Self.hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    @usableFromInline
    static let hexDigits = Array("0123456789abcdef".utf8)
}
