import AnyreachAPI
import AnyreachModel

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
        CivilDate.rfc3339(seconds, ifYearIn: fastYears)
    }
}
