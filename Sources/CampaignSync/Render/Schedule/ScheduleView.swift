public import AnyreachModel

/// What a schedule's grids show, in up to two parts: the windows of every call, or, when the
/// schedule sets `scheduled_windows` or `scheduled_overrides`, the windows of regular contacts
/// and retries, then those of a scheduled contact's first call (§6.1).
///
/// The second part is drawn whole, as its own set of zone groups, rather than as marks on the
/// first: it applies to other calls, and a null `scheduled_windows` (or `scheduled_overrides`)
/// falls back to its regular counterpart, so its title names the fields it is drawn from.
public struct ScheduleView: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        /// Which calls, and the fields their windows come from.
        public var title: String
        public var groups: [ZoneGroup]
    }

    public var parts: [Part]
    /// Whether a scheduled contact's first call has a part of its own: then each part is titled.
    public var splitsFirstCalls: Bool

    public init(_ schedule: Schedule) {
        let regular = ZoneGroup.groups(
            defaultZone: schedule.defaultTimezone, windows: schedule.defaultWindows, overrides: schedule.overrides)
        splitsFirstCalls = schedule.scheduledWindows != nil || schedule.scheduledOverrides != nil
        guard splitsFirstCalls else {
            parts = [Part(title: "every call (default_windows, overrides)", groups: regular)]
            return
        }
        let windowsField = schedule.scheduledWindows == nil ? "default_windows" : "scheduled_windows"
        let overridesField = schedule.scheduledOverrides == nil ? "overrides" : "scheduled_overrides"
        let scheduled = ZoneGroup.groups(
            defaultZone: schedule.defaultTimezone, windows: schedule.scheduledWindows ?? schedule.defaultWindows,
            overrides: schedule.scheduledOverrides ?? schedule.overrides)
        parts = [
            Part(title: "regular contacts and every retry (default_windows, overrides)", groups: regular),
            Part(title: "first call of a scheduled contact (\(windowsField), \(overridesField))", groups: scheduled),
        ]
    }

    init(parts: [Part], splitsFirstCalls: Bool) {
        self.parts = parts
        self.splitsFirstCalls = splitsFirstCalls
    }

    /// The view without the groups `other` shows identically (same part, zones and windows), and
    /// without parts left empty: what changed, seen from this side.
    func removingGroups(sharedWith other: ScheduleView) -> ScheduleView {
        let kept = parts.map { part in
            let twin = other.parts.first { $0.title == part.title }
            return Part(title: part.title, groups: part.groups.filter { !(twin?.groups.contains($0) ?? false) })
        }
        return ScheduleView(parts: kept.filter { !$0.groups.isEmpty }, splitsFirstCalls: splitsFirstCalls)
    }

    /// The groups `other` shows identically, by label, with their part's title: what a
    /// before-and-after leaves undrawn. Parts with none are left out.
    func sharedLabels(with other: ScheduleView) -> [(title: String, labels: [String])] {
        parts.compactMap { part in
            let twin = other.parts.first { $0.title == part.title }
            let labels = part.groups.filter { twin?.groups.contains($0) ?? false }.map(\.label)
            return labels.isEmpty ? nil : (part.title, labels)
        }
    }
}
