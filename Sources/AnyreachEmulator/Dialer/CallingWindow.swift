import Foundation
import ScheduleRules

/// Decides whether a configuration's schedule lets a contact be called at a moment (§6.1).
///
/// The contact's local time comes from its own timezone, else the schedule's `default_timezone`.
/// The windows are the override listing that zone, else `default_windows`; a first call of a
/// contact with `scheduled_at` uses `scheduled_windows` / `scheduled_overrides` instead, each
/// falling back to its regular counterpart when null. No windows means no calls.
struct CallingWindow: Sendable {
    /// A moment in a contact's local time: weekday 0 = Monday … 6 = Sunday, minutes after midnight.
    struct LocalTime: Hashable, Sendable {
        var weekday: Int
        var minute: Int
    }

    let schedule: Schedule

    /// Whether a contact in `contactTimezone` (nil: the schedule's default) may be called at `now`.
    /// A zone Foundation can't load means no calls: the dialer must never guess someone's night.
    func isOpen(contactTimezone: String?, firstScheduledCall: Bool, at now: Int64) -> Bool {
        let zoneName = contactTimezone ?? schedule.defaultTimezone
        let windows = windows(for: zoneName, firstScheduledCall: firstScheduledCall)
        guard !windows.isEmpty, let zone = TimeZone(identifier: zoneName) else { return false }
        return Self.covers(windows, at: Self.localTime(now, in: zone))
    }

    /// Whether any list of the schedule has a window; when none has, no contact can be called,
    /// and the dialer skips the campaign without reading its contacts.
    var hasAnyWindow: Bool {
        let lists =
            [schedule.defaultWindows, schedule.scheduledWindows ?? []]
            + (schedule.overrides + (schedule.scheduledOverrides ?? [])).map(\.windows)
        return lists.contains { !$0.isEmpty }
    }

    /// The windows that apply to a contact whose zone is `zoneName`.
    func windows(for zoneName: String, firstScheduledCall: Bool) -> [TimeWindow] {
        let defaults =
            firstScheduledCall ? schedule.scheduledWindows ?? schedule.defaultWindows : schedule.defaultWindows
        let overrides = firstScheduledCall ? schedule.scheduledOverrides ?? schedule.overrides : schedule.overrides
        return overrides.first { $0.timezones.contains(zoneName) }?.windows ?? defaults
    }

    /// Whether any window covers `time`.
    static func covers(_ windows: [TimeWindow], at time: LocalTime) -> Bool {
        windows.contains { covers($0, at: time) }
    }

    /// A window with `start` later than `end` crosses midnight: its part after midnight belongs
    /// to the previous day's entry, so `fri 22:00–02:00` covers Saturday 01:00 but not Friday 01:00.
    static func covers(_ window: TimeWindow, at time: LocalTime) -> Bool {
        guard let start = TimeWindowRules.minutes(of: window.start), let end = TimeWindowRules.minutes(of: window.end)
        else { return false }
        let today = TimeWindowRules.weekdays[time.weekday]
        if start < end {
            return window.days.contains(today) && (start..<end).contains(time.minute)
        }
        let yesterday = TimeWindowRules.weekdays[(time.weekday + 6) % 7]
        return (window.days.contains(today) && time.minute >= start)
            || (window.days.contains(yesterday) && time.minute < end)
    }

    /// The local weekday and minute of `now` (epoch seconds) in `zone`, daylight saving included.
    static func localTime(_ now: Int64, in zone: TimeZone) -> LocalTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents(
            [.weekday, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(now)))
        // Calendar counts weekdays from Sunday = 1; the contract's list starts on Monday.
        let weekday = ((parts.weekday ?? 1) + 5) % 7
        return LocalTime(weekday: weekday, minute: (parts.hour ?? 0) * 60 + (parts.minute ?? 0))
    }
}
