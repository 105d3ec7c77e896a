import AnyreachModel
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
        if let seconds = Self.strictSeconds(Array(text.utf8)) { return CivilDate.rfc3339(seconds) }
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
              (1...9999).contains(year), (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60,
              let offset = offsetSeconds(bytes, from: fractionEnd(bytes))
        else { return nil }
        let local = (CivilDate.days(year: year, month: month, day: day) * 86_400) + Int64(hour * 3600 + minute * 60 + second)
        let utc = local - offset
        // Outside years 1–9999 the formatters' output differs from four digits: leave it to them.
        guard utc >= CivilDate.days(year: 1, month: 1, day: 1) * 86_400, utc < CivilDate.days(year: 10_000, month: 1, day: 1) * 86_400 else { return nil }
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
}
