extension PlanMarkdownRenderer {
    /// The calling windows of each configuration the group creates or whose schedule it patches,
    /// before and after, under the operation's lines: the reviewer sees which hours change, and
    /// any outside the band, without working it out from the windows' JSON.
    ///
    /// Inside the section's `diff` fence, indented so that no line starts with a diff symbol:
    /// the section stays one fence, which the size budget may cut line by line like the rest.
    static func scheduleLines(_ group: PlanGroups.Group, _ renderer: ScheduleGridRenderer) -> [String] {
        group.operations.compactMap(\.scheduleChange).flatMap { change in
            [""] + renderer.change(from: change.before, to: change.after).map { $0.isEmpty ? $0 : "  " + $0 }
        }
    }
}
