import AnyreachAPI
import AnyreachModel
import CampaignManifest

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
        head += plan.hasChanges ? table(summary) : ["**No changes.** The org matches the manifests."]
        // Above the collapsed sections, which the comment always keeps: seen without opening anything.
        let neverCalled = plan.operations.compactMap { operation in
            PlanTextRenderer.neverCalled(operation).map { "> **close** campaign `\(operation.key)`: \($0)" }
        }
        if !neverCalled.isEmpty { head += [""] + neverCalled }
        let text = PlanTextRenderer(masking: masking, color: false)
        var sections: [String] = []
        for group in PlanGroups(plan).groups {
            var one = plan
            one.operations = group.operations
            one.unmanaged = []
            one.warnings = []
            let body = text.render(one).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).filter {
                !$0.hasPrefix("Plan:")
            }
            sections.append(
                "<details><summary>\(group.key)</summary>\n\n```\n\(body.joined(separator: "\n").trimmingTrailingNewlines())\n```\n</details>"
            )
        }
        sections += extras(plan)
        return fit(head.joined(separator: "\n"), sections: sections, summary: summary)
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

    /// Adds sections while they fit in the budget; the rest is replaced by a marker saying so.
    /// Each section is added only with room left for the marker and the summary after it, so the
    /// comment never outgrows the budget.
    private func fit(_ head: String, sections: [String], summary: PlanSummary) -> String {
        let closing = "\n" + summary.line + "\n"
        let reserve = truncationMarker(remaining: sections.count).count + closing.count
        var output = head + "\n"
        for (index, section) in sections.enumerated() {
            let isLast = index == sections.count - 1
            if output.count + section.count + 2 + (isLast ? closing.count : reserve) > budget {
                output += truncationMarker(remaining: sections.count - index)
                break
            }
            output += "\n" + section + "\n"
        }
        return output + closing
    }

    private func truncationMarker(remaining: Int) -> String {
        "\n**… truncated: \(remaining) more section(s) not shown (comment size budget of \(budget) characters). Run `campaignctl plan` for the full plan.**\n"
    }
}

extension StringProtocol {
    func trimmingTrailingNewlines() -> String {
        var text = String(self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
