/// Dates of the proleptic Gregorian calendar in UTC, counted in days from 1970-01-01 (Howard
/// Hinnant's `days_from_civil` and `civil_from_days`), and the RFC 3339 text of the API's
/// timestamps. Shared by `RFC3339Timestamp` (the one reader of timestamp text), the manifest
/// checks, the client's date transcoder and the emulator's page writer: exact, and without ICU's
/// cost and locking.
public enum CivilDate {
    /// Days from 1970-01-01 to `year-month-day`.
    public static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (before it, when negative).
    public static func date(days: Int64) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        return (Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0)), Int(month), Int(day))
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` of whole seconds since 1970 (years past 9999 take more digits).
    public static func rfc3339(_ seconds: Int64) -> String {
        rfc3339(seconds, ifYearIn: Int.min...Int.max)!
    }

    /// The same text, or nil when the year falls outside `years` (for callers that leave other
    /// years to another formatter), computed once either way.
    public static func rfc3339(_ seconds: Int64, ifYearIn years: ClosedRange<Int>) -> String? {
        let (quotient, remainder) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (days, second) = remainder < 0 ? (quotient - 1, Int(remainder) + 86_400) : (quotient, Int(remainder))
        let (year, month, day) = date(days: days)
        guard years.contains(year) else { return nil }
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

    /// `value` as at least `width` zero-padded decimal digits (a sign first when negative), then
    /// `separator`.
    private static func append(_ value: Int, width: Int, to text: inout [UInt8], then separator: Unicode.Scalar) {
        if value < 0 { text.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        for _ in 1..<width { divisor *= 10 }
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
        text.append(UInt8(ascii: separator))
    }
}
