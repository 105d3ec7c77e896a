/// Why a text is not a timestamp the contract takes, in words a person can act on
/// (`2027-02-29 is not a date: February 2027 has 28 days`).
public struct RFC3339Error: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Not the form `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
        case form
        /// The form, but with nothing after the time: the contract wants an offset.
        case missingOffset
        /// A month or a day the calendar doesn't have.
        case date
        /// An hour, minute or second out of range.
        case time
        /// An offset with hours past 23 or minutes past 59.
        case offset
    }

    public let kind: Kind
    public let description: String

    static let example = "2026-11-28T09:00:00Z"
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func form(_ what: String) -> RFC3339Error {
        RFC3339Error(kind: .form, description: what)
    }

    static let missingOffset = RFC3339Error(
        kind: .missingOffset, description: "an offset is required: end it with Z or ±HH:MM, as in \(example)")

    /// `written` is the date as the text has it, so the message quotes what a person typed.
    static func date(_ written: String, year: Int, month: Int, day: Int) -> RFC3339Error? {
        let reason: String
        if !(1...12).contains(month) {
            reason = "there is no month \(two(month))"
        } else if day == 0 {
            reason = "there is no day 00"
        } else if day > CivilDate.daysIn(month: month, year: year) {
            reason = "\(months[month - 1]) \(year) has \(CivilDate.daysIn(month: month, year: year)) days"
        } else {
            return nil
        }
        return RFC3339Error(kind: .date, description: "\(written) is not a date: \(reason)")
    }

    /// Seconds run 00–59: RFC 3339 allows `60` only for a leap second, and the contract's
    /// timestamps are never rolled over, so `23:59:60` is refused rather than read as the next
    /// minute (the API's clock, like POSIX time, has no leap seconds to match it against).
    static func time(_ written: String, hour: Int, minute: Int, second: Int) -> RFC3339Error? {
        let reason: String
        if hour > 23 {
            reason = "hours run 00–23"
        } else if minute > 59 {
            reason = "minutes run 00–59"
        } else if second > 59 {
            reason = "seconds run 00–59 (a leap second is refused)"
        } else {
            return nil
        }
        return RFC3339Error(kind: .time, description: "\(written) is not a time of day: \(reason)")
    }

    static func offset(_ written: String, hours: Int, minutes: Int) -> RFC3339Error? {
        let reason = hours > 23 ? "hours run 00–23" : minutes > 59 ? "minutes run 00–59" : nil
        return reason.map { RFC3339Error(kind: .offset, description: "offset \(written) is out of range: \($0)") }
    }

    static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
