/// A timestamp read exactly as the contract reads one (§10): RFC 3339's
/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, every field in its range, never rolled over.
///
/// The one reader of timestamp text: the manifest's `scheduled_at` check, the emulator's
/// validation and the client's date transcoder all call it, so a timestamp one refuses the others
/// refuse too. Hand-written, not `ISO8601DateFormatter`, which rolls `24:00:00`, February 30th and
/// `+05:75` over into other instants, and costs tens of microseconds a call behind a lock.
public struct RFC3339Timestamp: Sendable, Equatable {
    /// Whole seconds since 1970-01-01T00:00:00Z, the fraction dropped: what the API stores.
    public var seconds: Int64
    /// The fraction of a second that was written, in `0..<1`.
    public var fraction: Double

    /// The form the API stores and answers with: UTC, whole seconds, `Z`.
    public var utcText: String { CivilDate.rfc3339(seconds) }

    /// Reads `text`, or throws what is wrong with it, the first problem from the left.
    ///
    /// Lower-case `t` and `z` are read as `T` and `Z`, as RFC 3339 §5.6 allows. A space in place
    /// of `T`, which the RFC lets applications choose, is refused: the contract's form has `T`.
    public static func parse(_ text: String) throws(RFC3339Error) -> RFC3339Timestamp {
        var text = text
        // `withUTF8` rethrows untyped; the result carries the typed error out.
        let result = text.withUTF8 { bytes in Result { () throws(RFC3339Error) in try parse(utf8: bytes) } }
        return try result.get()
    }

    /// Reads a timestamp's bytes where they lie (a page's buffer), copying nothing.
    public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(RFC3339Error) -> RFC3339Timestamp {
        var scanner = TimestampScanner(bytes)
        let (year, month, day) = try scanner.date()
        let (hour, minute, second) = try scanner.time()
        let fraction = try scanner.fraction()
        let offset = try scanner.offset()
        try scanner.end()
        let days = CivilDate.days(year: year, month: month, day: day)
        let local = days * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        return RFC3339Timestamp(seconds: local - Int64(offset), fraction: fraction)
    }
}
