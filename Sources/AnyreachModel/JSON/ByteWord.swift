/// Eight bytes read as one word, and the bit tricks that look at all eight at once: the JSON
/// scanner skips whitespace and plain string runs with them, and the emulator's page writer
/// copies the runs of a string that need no escape.
public enum ByteWord {
    /// `0x01` in every byte: `ones &* c` is `c` in every byte.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable public static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// Eight bytes of `bytes` from `offset`, the first lowest (what `trailingZeroBitCount`
    /// counts from).
    @inlinable
    public static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `word` that is zero, exactly: `~(((x & 0x7F…) + 0x7F…) | x)
    /// & 0x80…` carries nothing from one byte into the next.
    @inlinable
    public static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low = ones &* 0x7F
        return ~(((word & low) &+ low) | word) & highBits
    }

    /// The high bit of each byte of `word` equal to `byte` (a zero of `word ^ (ones &* byte)`).
    @inlinable
    public static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// Nonzero exactly when some byte of `word` is below 0x20: `(x - 0x20…) & ~x & 0x80…` may
    /// mark a byte above a control character too (the borrow), but never marks one alone.
    @inlinable
    public static func controlBytes(_ word: UInt64) -> UInt64 {
        (word &- ones &* 0x20) & ~word & highBits
    }
}
