extension Timestamp {
    /// Years rendered without ICU. Outside them `ISO8601DateFormatter` keeps its own rules
    /// (the Julian calendar before 1582, five-digit years), so those dates are left to it.
    static let fastYears = 1900...9999

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, byte for byte what `ISO8601DateFormatter` writes with its
    /// default options; nil outside `fastYears`.
    ///
    /// Every contact of a listing carries two or three timestamps, and the formatter renders each
    /// through ICU behind a lock: a tenth of the emulator's CPU time when it serves contact pages.
    static func rfc3339(_ seconds: Int64) -> String? {
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (dayOffset, second) = secondOfDay < 0 ? (days - 1, Int(secondOfDay) + 86_400) : (days, Int(secondOfDay))
        let (year, month, day) = civil(daysSinceEpoch: Int(dayOffset))
        guard fastYears.contains(year) else { return nil }
        var text = [UInt8]()
        text.reserveCapacity(20)
        append(year, width: 4, to: &text, then: "-")
        append(month, width: 2, to: &text, then: "-")
        append(day, width: 2, to: &text, then: "T")
        append(second / 3_600, width: 2, to: &text, then: ":")
        append(second / 60 % 60, width: 2, to: &text, then: ":")
        append(second % 60, width: 2, to: &text, then: "Z")
        return String(decoding: text, as: UTF8.self)
    }

    /// Year, month and day of the proleptic Gregorian calendar for a day count from 1970-01-01
    /// (Howard Hinnant's `civil_from_days`).
    static func civil(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = daysSinceEpoch + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `value` as `width` zero-padded decimal digits, then `separator`.
    private static func append(_ value: Int, width: Int, to text: inout [UInt8], then separator: Unicode.Scalar) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
        text.append(UInt8(ascii: separator))
    }
}
