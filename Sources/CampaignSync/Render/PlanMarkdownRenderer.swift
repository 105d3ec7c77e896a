import AnyreachAPI
import AnyreachModel
import CampaignManifest
import Foundation

/// The plan as a pull-request comment: a counts table first, each resource's detail folded in
/// `<details>`, and an explicit marker where the size budget cut it short.
public struct PlanMarkdownRenderer: Sendable {
    public var masking: Masking
    /// GitHub refuses comments over 65,536 characters; stay well under.
    public var budget: Int

    public init(masking: Masking, budget: Int = 60_000) {
        self.masking = masking
        self.budget = budget
    }

    public func render(_ plan: Plan) -> String {
        let summary = PlanSummary(plan)
        var head = [
            "### campaignctl plan", "", "`\(PlanTextRenderer(masking: masking, color: false).header(plan.scope))`", "",
        ]
        if let note = PlanTextRenderer.targetNote(plan.scope) { head += ["> **\(note)**", ""] }
        head += plan.hasChanges ? table(summary) : ["**No changes.** The org matches the manifests."]
        // Above the collapsed sections, which the comment always keeps: seen without opening anything.
        let neverCalled = plan.operations.compactMap { operation in
            PlanTextRenderer.neverCalled(operation).map { "> **close** campaign `\(operation.key)`: \($0)" }
        }
        if !neverCalled.isEmpty { head += [""] + neverCalled }
        let text = PlanTextRenderer(masking: masking, color: false)
        let schedules = ScheduleGridRenderer(band: plan.band)
        var sections: [Section] = PlanGroups(plan).groups.map { group in
            var one = plan
            one.operations = group.operations
            one.unmanaged = []
            one.warnings = []
            one.suppressed = []
            let body = text.render(one).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).filter {
                !$0.hasPrefix("Plan:")
            }
            let lines = body.joined(separator: "\n").trimmingTrailingNewlines().split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(Self.diffLine)
            return Section(
                open: "<details><summary>\(Self.summary(group))</summary>\n\n```diff",
                lines: lines + Self.scheduleLines(group, schedules),
                close: "```\n</details>")
        }
        if !plan.suppressed.isEmpty {
            let count = SuppressionLines.withheldCount(plan.suppressed)
            sections.append(
                Section(
                    open:
                        "<details><summary>Suppressed by <code>policy.suppress</code>: \(count) contact(s) not uploaded</summary>\n\n```",
                    lines: SuppressionLines(masking: masking).lines(plan.suppressed), close: "```\n</details>"))
        }
        sections += extras(plan).map { Section(open: $0, lines: [], close: "") }
        return fit(head.joined(separator: "\n"), sections: sections, summary: summary)
    }

    /// A resource's section: its fold, its lines (which a tight budget may cut), its end.
    struct Section {
        var open: String
        var lines: [String]
        var close: String

        func text(lines shown: Int, cut: String? = nil) -> String {
            let body = lines.prefix(shown) + (cut.map { [$0] } ?? [])
            return ([open] + body + (close.isEmpty ? [] : [close])).joined(separator: "\n")
        }

        var whole: String { text(lines: lines.count) }
    }

    /// `create, pause · campaign spring-renewals · contacts +5000 ~0 -2`: what happens, to what.
    static func summary(_ group: PlanGroups.Group) -> String {
        let resources = group.operations.filter { $0.resource != .contacts }
        var actions: [String] = []
        for action in resources.map(\.action.rawValue) where !actions.contains(action) { actions.append(action) }
        let kind = resources.first?.resource.rawValue ?? ResourceKind.campaign.rawValue
        var parts = ["<b>\((actions.isEmpty ? ["contacts"] : actions).joined(separator: ", "))</b>"]
        parts.append("\(kind) <code>\(htmlEscaped(group.key))</code>")
        if !group.contacts.isEmpty {
            let count = { (kind: ContactChange.Kind) in group.contacts.filter { $0.kind == kind }.count }
            parts.append("contacts +\(count(.add)) ~\(count(.update)) -\(count(.delete) + count(.deferredDelete))")
        }
        return parts.joined(separator: " · ")
    }

    /// GitHub colours a `diff` fence by each line's first character: the symbol moves there.
    static func diffLine(_ line: Substring) -> String {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.count < line.count, let symbol = trimmed.first, "+-~".contains(symbol),
            trimmed.dropFirst().first == " "
        else { return String(line) }
        return String(symbol) + String(repeating: " ", count: line.count - trimmed.count) + trimmed.dropFirst()
    }

    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private func table(_ summary: PlanSummary) -> [String] {
        [
            "| | create | change | delete | start | pause | close |", "|---|---|---|---|---|---|---|",
            "| resources | \(summary.create) | \(summary.change) | \(summary.delete) | \(summary.start) | \(summary.pause) | \(summary.close) |",
            "", "| contacts | add | update | delete | deferred |", "|---|---|---|---|---|",
            "| | \(summary.contactsAdd) | \(summary.contactsUpdate) | \(summary.contactsDelete) | \(summary.contactsDeferred) |",
        ]
    }

    private func extras(_ plan: Plan) -> [String] {
        var extras: [String] = []
        if !plan.unmanaged.isEmpty {
            let lines = plan.unmanaged.map {
                "- \($0.resource.rawValue) `\($0.key)`" + ($0.detail.map { ": \($0)" } ?? "")
            }
            extras.append(
                "<details><summary>Not in the manifests (left alone): \(plan.unmanaged.count)</summary>\n\n\(lines.joined(separator: "\n"))\n</details>"
            )
        }
        extras += plan.warnings.map {
            "> **warning** " + ($0.location.map { "`\($0.fileAndLine)` " } ?? "") + $0.message
                + ($0.hint.map { " (\($0))" } ?? "")
        }
        return extras
    }

    /// Adds sections while they fit in the budget. The section that doesn't fit is cut line by
    /// line (deletes and updates come first in it), with a line saying how much was left out;
    /// the sections after it are counted by the marker. Room is always kept for the marker and
    /// the summary, so the comment never outgrows the budget.
    private func fit(_ head: String, sections: [Section], summary: PlanSummary) -> String {
        let closing = "\n" + summary.line + "\n"
        let reserve = truncationMarker(remaining: sections.count).count + closing.count
        var output = head + "\n"
        for (index, section) in sections.enumerated() {
            let isLast = index == sections.count - 1
            let whole = section.whole
            if output.count + whole.count + 2 + (isLast ? closing.count : reserve) <= budget {
                output += "\n" + whole + "\n"
                continue
            }
            output += cut(section, room: budget - output.count - reserve - 2)
            if !isLast { output += truncationMarker(remaining: sections.count - index - 1) }
            break
        }
        return output + closing
    }

    /// As many of the section's lines as fit in `room` characters, and a line counting the rest.
    private func cut(_ section: Section, room: Int) -> String {
        var shown = 0
        var size = section.text(lines: 0, cut: cutLine(section.lines.count)).count
        for line in section.lines {
            guard size + line.count + 1 <= room else { break }
            size += line.count + 1
            shown += 1
        }
        guard shown > 0 else { return "" }
        return "\n" + section.text(lines: shown, cut: cutLine(section.lines.count - shown)) + "\n"
    }

    private func cutLine(_ remaining: Int) -> String {
        "… \(remaining) more line(s) not shown here (comment size budget); `campaignctl show` on the saved plan shows all"
    }

    private func truncationMarker(remaining: Int) -> String {
        "\n**… truncated: \(remaining) more section(s) not shown (comment size budget of \(budget) characters). `campaignctl show` on the saved plan, or `campaignctl plan`, shows the full plan.**\n"
    }
}

extension StringProtocol {
    func trimmingTrailingNewlines() -> String {
        var text = String(self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
