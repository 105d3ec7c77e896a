import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime

/// Dates on the wire, read without ICU: the contract's timestamps are RFC 3339 strings
/// (`2026-11-28T09:00:00Z`, the contract's preamble), and a contact carries several of them.
///
/// The runtime's default transcoder funnels every date through one `ISO8601DateFormatter`
/// behind a lock: reading an org of 100,000 contacts spent a quarter of its CPU there, on one
/// thread at a time. This parses the RFC 3339 form by hand and leaves anything else to the
/// default, so no date the default accepts is refused.
struct RFC3339DateTranscoder: DateTranscoder {
    private let fallback = ISO8601DateTranscoder.iso8601
    private let fallbackWithFraction = ISO8601DateTranscoder.iso8601WithFractionalSeconds

    /// Whole seconds in UTC, as the contract writes them. Dates are sent rarely (`scheduled_at`).
    func encode(_ date: Date) throws -> String {
        try fallback.encode(date)
    }

    func decode(_ text: String) throws -> Date {
        if let date = Self.parse(text) { return date }
        return try (try? fallback.decode(text)) ?? fallbackWithFraction.decode(text)
    }

    /// `YYYY-MM-DDTHH:MM:SS`, an optional `.fraction`, then `Z` or `±HH:MM`; nil for anything
    /// else, or for a field out of range (month 13, February 30, second 60).
    static func parse(_ text: String) -> Date? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
              let day = scanner.number(2), scanner.skip("T") || scanner.skip("t"),
              let hour = scanner.number(2), scanner.skip(":"), let minute = scanner.number(2), scanner.skip(":"),
              let second = scanner.number(2) else { return nil }
        let fraction = scanner.skip(".") ? scanner.fraction() : 0
        guard let fraction, let offset = scanner.zoneOffset(), scanner.atEnd,
              (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let days = Int(CivilDate.days(year: year, month: month, day: day))
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}

/// Reads fixed-width numbers and separators from ASCII bytes.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    /// Consumes `character` if it comes next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Exactly `width` decimal digits as a number.
    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += width
        return value
    }

    /// One or more digits after a decimal point, as a fraction of a second.
    mutating func fraction() -> Double? {
        var value = 0.0, scale = 1.0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), scale > 1e-12 {
            scale /= 10
            value += Double(bytes[index] - UInt8(ascii: "0")) * scale
            index += 1
        }
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return scale < 1 ? value : nil
    }

    /// `Z` (0) or `±HH:MM` as seconds east of UTC.
    mutating func zoneOffset() -> Int? {
        if skip("Z") || skip("z") { return 0 }
        let sign = skip("+") ? 1 : skip("-") ? -1 : 0
        guard sign != 0, let hours = number(2), skip(":"), let minutes = number(2), hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
