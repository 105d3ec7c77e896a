public import AnyreachModel
import ScheduleRules

/// The local minutes of a week in which a list of windows lets calls start, day by day: what a
/// schedule grid draws, and what tells two zones' windows apart (zones whose coverage is equal
/// share one grid, however their windows are written).
///
/// A window crossing midnight (start later than end) covers its start to 24:00 on each of its
/// days and 00:00 to its end on the day after, Sunday's running into Monday: its early-morning
/// part belongs to the previous day's entry (§6.1), as the dialer reads it. A window with an
/// unreadable time covers nothing here (validate reports it).
public struct WeekCoverage: Hashable, Sendable {
    /// Seven lists, Monday first, of the minutes covered: sorted, disjoint, never touching.
    public private(set) var days: [[Range<Int>]] = Array(repeating: [], count: 7)

    public static let minutesPerDay = 24 * 60

    public init(_ windows: [TimeWindow]) {
        for window in windows { add(window) }
    }

    /// Whether no window covers any minute: no calls at all.
    public var isEmpty: Bool { days.allSatisfy(\.isEmpty) }

    /// The covered minutes of `day` (0 is Monday) that fall in `range`.
    public func covered(on day: Int, in range: Range<Int>) -> [Range<Int>] {
        days[day].compactMap { covered in
            let overlap = covered.clamped(to: range)
            return overlap.isEmpty ? nil : overlap
        }
    }

    private mutating func add(_ window: TimeWindow) {
        guard let start = TimeWindowRules.minutes(of: window.start), let end = TimeWindowRules.minutes(of: window.end),
            start != end
        else { return }
        for day in window.days.compactMap({ TimeWindowRules.weekdays.firstIndex(of: $0) }) {
            if start < end {
                add(start..<end, on: day)
            } else {
                add(start..<Self.minutesPerDay, on: day)
                add(0..<end, on: (day + 1) % 7)
            }
        }
    }

    /// Inserts `range`, merging it with the ranges it overlaps or touches.
    private mutating func add(_ range: Range<Int>, on day: Int) {
        guard !range.isEmpty else { return }
        var merged = range
        var kept: [Range<Int>] = []
        for existing in days[day] {
            if existing.upperBound < merged.lowerBound || merged.upperBound < existing.lowerBound {
                kept.append(existing)
            } else {
                merged = min(existing.lowerBound, merged.lowerBound)..<max(existing.upperBound, merged.upperBound)
            }
        }
        days[day] = (kept + [merged]).sorted { $0.lowerBound < $1.lowerBound }
    }
}
