public import AnyreachModel

/// The earliest and latest local time a call may start (`policy.calling_hours`): the band a
/// window must stay inside, checked in the local time of the contacts it applies to, which is
/// how the dialer reads windows (a contact's own zone, else the schedule's default).
public struct CallingHours: Hashable, Sendable {
    /// Minutes after midnight.
    public var earliest: Int
    public var latest: Int

    /// 08:00 to 21:00: the common limit for telemarketing calls in the US, and what is checked
    /// (as a warning) when the manifests set no policy. Not legal advice: set your jurisdiction's.
    public static let usual = CallingHours(earliest: 8 * 60, latest: 21 * 60)

    public init(earliest: Int, latest: Int) {
        self.earliest = earliest
        self.latest = latest
    }

    /// The stretches of `window`'s hours outside the band, as `HH:MM–HH:MM` texts, in the
    /// window's order; empty when it stays inside. A window crossing midnight runs from its
    /// start to 24:00, then from 00:00 to its end; one with an unreadable time gives nothing
    /// here (its own check reports it).
    public func outside(_ window: TimeWindow) -> [String] {
        guard let start = TimeWindowRules.minutes(of: window.start), let end = TimeWindowRules.minutes(of: window.end),
            start != end
        else { return [] }
        let pieces = start < end ? [(start, end)] : [(start, 24 * 60), (0, end)]
        return pieces.flatMap { outside(from: $0.0, to: $0.1) }.map { "\(Self.text($0.0))–\(Self.text($0.1))" }
    }

    private func outside(from start: Int, to end: Int) -> [(Int, Int)] {
        var stretches: [(Int, Int)] = []
        if start < earliest { stretches.append((start, min(end, earliest))) }
        if end > latest { stretches.append((max(start, latest), end)) }
        return stretches.filter { $0.0 < $0.1 }
    }

    /// `HH:MM`, with midnight at a window's end as `24:00`.
    public static func text(_ minutes: Int) -> String {
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        return (hours.count < 2 ? "0" : "") + hours + ":" + (rest.count < 2 ? "0" : "") + rest
    }
}
