public import AnyreachModel

/// A short, stable digest of a JSON value (FNV-1a, 64 bits, over its canonical compact form).
///
/// Used to compare 100,000 contacts by content at a hash each, and to record the live state a
/// plan was computed against. Not a security measure: nothing secret depends on it.
public enum Fingerprint {
    public static func of(_ value: JSONValue) -> String {
        of(bytes: value.canonical.canonicalBytes())
    }

    public static func of(bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
