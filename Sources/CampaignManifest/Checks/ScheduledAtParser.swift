import Foundation

/// Reads `scheduled_at` the way the API does and writes it the way the API stores it: UTC with
/// whole seconds.
///
/// The API (and the emulator) parse with `ISO8601DateFormatter`, which is lenient in odd ways
/// (`24:00`, February 30th and `+05:75` roll over) and costs tens of microseconds a call. The
/// strict RFC 3339 form that nearly every manifest uses is read here by hand, giving the same
/// instant; anything else goes to the formatters, so the answer always matches the API's.
/// A reference type because the formatters are made once per load, not once per contact.
final class ScheduledAtParser {
    private lazy var parsers = [Self.formatter([.withInternetDateTime]), Self.formatter([.withInternetDateTime, .withFractionalSeconds])]
    private lazy var printer = Self.formatter([.withInternetDateTime])

    private static func formatter(_ options: ISO8601DateFormatter.Options) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = options
        return formatter
    }

    /// The UTC form of `text`, or nil when it has no offset or can't be read.
    func utcTimestamp(_ text: String) -> String? {
        if let seconds = Self.strictSeconds(Array(text.utf8)) { return Self.format(seconds) }
        let hasOffset = text.hasSuffix("Z") || text.hasSuffix("z") || text.dropFirst(19).contains { $0 == "+" || $0 == "-" }
        guard hasOffset else { return nil }
        for parser in parsers {
            if let date = parser.date(from: text.uppercased()) {
                return printer.string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
            }
        }
        return nil
    }

    /// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` with every field in its
    /// proper range; nil for anything else (left to the formatters).
    static func strictSeconds(_ bytes: [UInt8]) -> Int64? {
        guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] | 0x20 == 0x74, bytes[13] == 0x3A, bytes[16] == 0x3A,
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
              (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, year)).contains(day),
              hour < 24, minute < 60, second < 60,
              let offset = offsetSeconds(bytes, from: fractionEnd(bytes))
        else { return nil }
        let local = (daysFromCivil(year, month, day) * 86_400) + Int64(hour * 3600 + minute * 60 + second)
        let utc = local - offset
        // Outside years 1–9999 the formatters' output differs from four digits: leave it to them.
        guard utc >= daysFromCivil(1, 1, 1) * 86_400, utc < daysFromCivil(10_000, 1, 1) * 86_400 else { return nil }
        return utc
    }

    /// The index after `.digits` following the seconds (19 when there is no fraction).
    private static func fractionEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes[19] == 0x2E else { return 19 }
        var index = 20
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index > 20 ? index : nil
    }

    /// `Z` or `±HH:MM` (hours 00–23, minutes 00–59) ending the text at `index`.
    private static func offsetSeconds(_ bytes: [UInt8], from index: Int?) -> Int64? {
        guard let index, index < bytes.count else { return nil }
        if bytes[index] | 0x20 == 0x7A { return index + 1 == bytes.count ? 0 : nil }
        guard bytes.count == index + 6, bytes[index] == 0x2B || bytes[index] == 0x2D, bytes[index + 3] == 0x3A,
              let hours = number(bytes, index + 1, 2), let minutes = number(bytes, index + 4, 2), hours < 24, minutes < 60
        else { return nil }
        let seconds = Int64(hours * 3600 + minutes * 60)
        return bytes[index] == 0x2B ? seconds : -seconds
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * Int64(month > 2 ? month - 3 : month + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` of seconds since 1970 (the inverse of `daysFromCivil`).
    static func format(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(time / 3600, 2)):\(pad(time % 3600 / 60, 2)):\(pad(time % 60, 2))Z"
    }
}
