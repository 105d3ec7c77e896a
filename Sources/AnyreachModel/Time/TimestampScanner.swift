/// Reads the parts of RFC 3339 text left to right, each checked as it is read, so the error is
/// about the first thing that is wrong.
///
/// It reads the bytes in place: a page of contacts has two timestamps a contact to check.
struct TimestampScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// `YYYY-MM-DD`, a day its month has.
    mutating func date() throws(RFC3339Error) -> (year: Int, month: Int, day: Int) {
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2) else {
            throw .form("expected a date YYYY-MM-DD at the start, as in \(RFC3339Error.example)")
        }
        if let error = RFC3339Error.date(written(0..<10), year: year, month: month, day: day) { throw error }
        return (year, month, day)
    }

    /// `THH:MM:SS` (`t` too), a time of day.
    mutating func time() throws(RFC3339Error) -> (hour: Int, minute: Int, second: Int) {
        guard skip("T") || skip("t") else {
            throw .form("expected T and a time HH:MM:SS after the date, as in \(RFC3339Error.example)")
        }
        let start = index
        guard let hour = number(2), skip(":"), let minute = number(2), skip(":"), let second = number(2) else {
            throw .form("expected the time as HH:MM:SS, seconds included, as in \(RFC3339Error.example)")
        }
        let error = RFC3339Error.time(written(start..<index), hour: hour, minute: minute, second: second)
        if let error { throw error }
        return (hour, minute, second)
    }

    /// `.digits` after the seconds as a fraction of a second; 0 without them. Digits past the
    /// twelfth are read and dropped: a `Double` holds no more.
    mutating func fraction() throws(RFC3339Error) -> Double {
        guard skip(".") else { return 0 }
        var value = 0.0
        var scale = 1.0
        var count = 0
        while let digit = digit() {
            if count < 12 {
                scale /= 10
                value += Double(digit) * scale
            }
            count += 1
        }
        guard count > 0 else { throw .form("expected digits after the decimal point of the seconds") }
        return value
    }

    /// `Z` (`z` too) or `±HH:MM`, as seconds east of UTC.
    mutating func offset() throws(RFC3339Error) -> Int {
        guard index < bytes.count else { throw .missingOffset }
        if skip("Z") || skip("z") { return 0 }
        let start = index
        let sign = skip("+") ? 1 : skip("-") ? -1 : 0
        guard sign != 0 else {
            throw .form("expected Z or ±HH:MM after the time, found '\(written(start..<bytes.count))'")
        }
        guard let hours = number(2), skip(":"), let minutes = number(2) else {
            index = start
            throw offsetForm()
        }
        if let error = RFC3339Error.offset(written(start..<index), hours: hours, minutes: minutes) { throw error }
        return sign * (hours * 3_600 + minutes * 60)
    }

    /// `+0100` gets its colon named, since it is the form people write most often by mistake.
    private mutating func offsetForm() -> RFC3339Error {
        let rest = written(index..<bytes.count)
        let sign = bytes[index]
        index += 1
        guard let hours = number(2), let minutes = number(2), index == bytes.count else {
            return .form("offset \(rest) must be ±HH:MM, as in +01:00")
        }
        let fixed = "\(Unicode.Scalar(sign))\(RFC3339Error.two(hours)):\(RFC3339Error.two(minutes))"
        return .form("offset \(rest) needs a colon: \(fixed)")
    }

    func end() throws(RFC3339Error) {
        guard index == bytes.count else { throw .form("unexpected '\(written(index..<bytes.count))' after the offset") }
    }

    // MARK: - Bytes

    private mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    private mutating func digit() -> Int? {
        guard index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
        index += 1
        return Int(bytes[index - 1] - UInt8(ascii: "0"))
    }

    /// Exactly `width` decimal digits as a number; nothing consumed when they aren't there.
    private mutating func number(_ width: Int) -> Int? {
        let start = index
        var value = 0
        for _ in 0..<width {
            guard let digit = digit() else {
                index = start
                return nil
            }
            value = value * 10 + digit
        }
        return value
    }

    /// The text of `range`, as written (it starts and ends next to ASCII, so at whole characters).
    private func written(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
