public import AnyreachModel
public import ScheduleRules

/// A schedule's grids as lines of plain text, for `campaignctl windows` and for the plan's
/// markdown: each zone group's label over its `WeekGrid`, a blank line between groups, and the
/// part titles when a scheduled contact's first call has windows of its own.
public struct ScheduleGridRenderer: Sendable {
    public var band: CallingHours

    public init(band: CallingHours) {
        self.band = band
    }

    /// Every group of `view`, grids indented under labels (and labels under titles).
    public func lines(_ view: ScheduleView) -> [String] {
        let groups = view.parts.map { part -> [[String]] in
            let drawn = part.groups.map { lines($0) }
            guard view.splitsFirstCalls else { return drawn }
            return drawn.enumerated().map { index, group in
                (index == 0 ? [part.title + ":"] : []) + group.map { "  " + $0 }
            }
        }
        return Array(groups.joined().joined(separator: [""]))
    }

    /// A group's label and grid, or one line when it has no window at all.
    func lines(_ group: ZoneGroup) -> [String] {
        guard !group.coverage.isEmpty else { return [group.label + ": no window, so no calls"] }
        return [group.label] + WeekGrid(coverage: group.coverage, band: band).lines.map { "  " + $0 }
    }

    /// A schedule change, for review: the groups that differ as they were (`calling windows before:`)
    /// and as they will be (`... after:`), then the groups that stay as they are, named once, and the
    /// legend. `before` nil is a new configuration: its grids under `after:` alone.
    public func change(from before: Schedule?, to after: Schedule) -> [String] {
        let new = ScheduleView(after)
        guard let before else { return section("calling windows after", lines(new)) + [WeekGrid.legend(band)] }
        let old = ScheduleView(before)
        var result = section("calling windows before", lines(old.removingGroups(sharedWith: new)))
        result += section("calling windows after", lines(new.removingGroups(sharedWith: old)))
        if result.isEmpty { result = ["the windows cover the same hours before and after", ""] }
        let unchanged = unchangedLines(new, old)
        return result + unchanged + (unchanged.isEmpty ? [] : [""]) + [WeekGrid.legend(band)]
    }

    /// `unchanged: Pacific/Honolulu; Europe/Paris`, a line per part (named when there are two).
    private func unchangedLines(_ new: ScheduleView, _ old: ScheduleView) -> [String] {
        new.sharedLabels(with: old).map { title, labels in
            "unchanged" + (new.splitsFirstCalls ? ", \(title)" : "") + ": " + labels.joined(separator: "; ")
        }
    }

    /// `title:` over `lines`, indented, and a blank line after; nothing when `lines` is empty.
    private func section(_ title: String, _ lines: [String]) -> [String] {
        guard !lines.isEmpty else { return [] }
        return ["\(title):"] + lines.map { $0.isEmpty ? $0 : "  " + $0 } + [""]
    }
}
