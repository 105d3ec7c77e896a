public import AnyreachModel

/// A short, stable digest of a JSON value (FNV-1a, 64 bits, over its canonical compact form).
///
/// Used to compare millions of contacts by content at a hash each, and to record the live state
/// a plan was computed against. Not a security measure: nothing secret depends on it.
public enum Fingerprint {
    public static func of(_ value: JSONValue) -> String {
        var hash = FNV1a()
        value.writeCanonical(to: &hash)
        return text(hash.value)
    }

    /// The 16 hex digits a plan file records.
    public static func text(_ value: UInt64) -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// FNV-1a, 64 bits, fed the canonical text as it is written, with no buffer in between.
struct FNV1a: CanonicalSink {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }
}
