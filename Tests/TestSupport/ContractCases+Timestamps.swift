extension ContractCases {
    public struct TimestampCase: Sendable, CustomStringConvertible {
        public let text: String
        /// What the API stores (UTC, whole seconds); nil when it refuses the text.
        public let utc: String?
        /// Why it is refused, in the words both sides use.
        public let reason: String?

        public var description: String { "'\(text)'" }
    }

    /// `scheduled_at` texts: RFC 3339 exactly, never rolled over (§10).
    public static let timestamps: [TimestampCase] = accepted + impossible + malformed

    private static let accepted = [
        valid("2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z"),
        valid("2026-11-28T09:00:00.5Z", "2026-11-28T09:00:00Z"),
        valid("2026-11-28T09:00:00.123456789+01:00", "2026-11-28T08:00:00Z"),
        valid("2026-11-28T09:00:00-05:30", "2026-11-28T14:30:00Z"),
        valid("2026-11-28T09:00:00+23:59", "2026-11-27T09:01:00Z"),
        valid("2026-11-28T09:00:00-00:00", "2026-11-28T09:00:00Z"),
        // RFC 3339 §5.6 allows lower-case `t` and `z`; the contract doesn't narrow it.
        valid("2026-11-28t09:00:00z", "2026-11-28T09:00:00Z"),
        valid("2028-02-29T12:00:00Z", "2028-02-29T12:00:00Z"),
        valid("2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z"),
        valid("2026-12-31T23:59:59-01:00", "2027-01-01T00:59:59Z"),
        valid("2026-03-01T00:30:00+01:00", "2026-02-28T23:30:00Z"),
        // RFC 3339 dates are Gregorian in every year, before 1582's switch too (no Julian dates).
        valid("1582-10-04T12:00:00Z", "1582-10-04T12:00:00Z"),
        valid("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
    ]

    private static let impossible = [
        refused("2027-02-29T09:00:00Z", "2027-02-29 is not a date: February 2027 has 28 days"),
        refused("2100-02-29T09:00:00Z", "2100-02-29 is not a date: February 2100 has 28 days"),
        refused("2026-04-31T09:00:00Z", "2026-04-31 is not a date: April 2026 has 30 days"),
        refused("2026-13-01T09:00:00Z", "2026-13-01 is not a date: there is no month 13"),
        refused("2026-00-10T09:00:00Z", "2026-00-10 is not a date: there is no month 00"),
        refused("2026-11-00T09:00:00Z", "2026-11-00 is not a date: there is no day 00"),
        refused("2026-11-28T24:00:00Z", "24:00:00 is not a time of day: hours run 00–23"),
        refused("2026-11-28T09:60:00Z", "09:60:00 is not a time of day: minutes run 00–59"),
        refused("2026-11-28T09:00:60Z", "09:00:60 is not a time of day: seconds run 00–59 (a leap second is refused)"),
        refused("2016-12-31T23:59:60Z", "23:59:60 is not a time of day: seconds run 00–59 (a leap second is refused)"),
        refused("2026-11-28T09:00:00+24:00", "offset +24:00 is out of range: hours run 00–23"),
        refused("2026-11-28T09:00:00-05:75", "offset -05:75 is out of range: minutes run 00–59"),
    ]

    private static let malformed = [
        refused("2026-11-28T09:00:00+0100", "offset +0100 needs a colon: +01:00"),
        refused("2026-11-28T09:00:00+01", "offset +01 must be ±HH:MM, as in +01:00"),
        refused("2026-11-28T09:00:00", "an offset is required: end it with Z or ±HH:MM, as in 2026-11-28T09:00:00Z"),
        refused("2026-11-28T09:00Z", "expected the time as HH:MM:SS, seconds included, as in 2026-11-28T09:00:00Z"),
        refused("2026-11-28T09:00:00Zjunk", "unexpected 'junk' after the offset"),
        refused("2026-11-28T09:00:00+01:00:00", "unexpected ':00' after the offset"),
        refused("2026-11-28T09:00:00.Z", "expected digits after the decimal point of the seconds"),
        refused("2026-11-28 09:00:00Z", "expected T and a time HH:MM:SS after the date, as in 2026-11-28T09:00:00Z"),
        refused("2026-11-28", "expected T and a time HH:MM:SS after the date, as in 2026-11-28T09:00:00Z"),
        refused("2026-11-28T09:00:00 UTC", "expected Z or ±HH:MM after the time, found ' UTC'"),
        refused("26-11-28T09:00:00Z", "expected a date YYYY-MM-DD at the start, as in 2026-11-28T09:00:00Z"),
        refused("tomorrow", "expected a date YYYY-MM-DD at the start, as in 2026-11-28T09:00:00Z"),
    ]

    private static func valid(_ text: String, _ utc: String) -> TimestampCase {
        TimestampCase(text: text, utc: utc, reason: nil)
    }

    private static func refused(_ text: String, _ reason: String) -> TimestampCase {
        TimestampCase(text: text, utc: nil, reason: reason)
    }
}
