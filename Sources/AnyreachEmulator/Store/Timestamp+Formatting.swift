import AnyreachAPI
import AnyreachModel

extension Timestamp {
    /// Years rendered without ICU: every year RFC 3339 can write. They are read in the proleptic
    /// Gregorian calendar (`RFC3339Timestamp`), so they are written in it too, where
    /// `ISO8601DateFormatter` would switch to Julian dates before October 1582 and answer a
    /// `scheduled_at` of 1582-10-04 as 1582-09-24. Only years RFC 3339 can't write go to it.
    static let fastYears = 0...9999

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, byte for byte what `ISO8601DateFormatter` writes with its
    /// default options from 1583 on; nil outside `fastYears`.
    ///
    /// Every contact of a listing carries two or three timestamps, and the formatter renders each
    /// through ICU behind a lock: a tenth of the emulator's CPU time when it serves contact pages.
    static func rfc3339(_ seconds: Int64) -> String? {
        CivilDate.rfc3339(seconds, ifYearIn: fastYears)
    }
}
