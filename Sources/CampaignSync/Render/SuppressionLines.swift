import AnyreachModel
import CampaignManifest

/// What `policy.suppress` kept from being called, for text and markdown plans: per campaign a
/// count of each effect, then the withheld contacts named (numbers masked) up to a budget.
struct SuppressionLines {
    let masking: Masking
    /// Withheld contacts named per campaign before the rest are counted.
    var listed = 10

    static let title = "Suppressed by policy.suppress (not called):"

    func lines(_ reports: [SuppressionReport]) -> [String] {
        reports.flatMap { report in
            ["  \(Self.owner(report.key)): \(Self.effects(report).joined(separator: "; "))"]
                + report.withheld.prefix(listed).map(withheldLine)
                + (report.withheld.count > listed
                    ? ["      … and \(report.withheld.count - listed) more not uploaded"] : [])
        }
    }

    /// The number of contacts a report keeps from being called, for summaries.
    static func withheldCount(_ reports: [SuppressionReport]) -> Int {
        reports.reduce(0) { $0 + $1.withheld.count }
    }

    private func withheldLine(_ contact: SuppressionReport.Withheld) -> String {
        let numbers = masking.show(.array(contact.phoneNumbers.map(JSONValue.string)), sensitive: true)
        return "      ! \(contact.externalID) \(numbers)" + (contact.source.map { "  (\($0.fileAndLine))" } ?? "")
    }

    static func owner(_ key: String) -> String {
        key == Contract.adHocCampaignID ? "ad-hoc contacts" : "contacts of \"\(key)\""
    }

    static func effects(_ report: SuppressionReport) -> [String] {
        var effects: [String] = []
        if !report.withheld.isEmpty {
            effects.append("\(report.withheld.count) not uploaded (every number suppressed)")
        }
        if report.trimmedContacts > 0 {
            effects.append(
                "\(report.trimmedContacts) uploaded without \(report.removedNumbers) suppressed number(s)")
        }
        if report.liveDeletes > 0 { effects.append("\(report.liveDeletes) live contact(s) deleted") }
        if report.liveUpdates > 0 {
            effects.append("\(report.liveUpdates) live contact(s) stripped of suppressed numbers")
        }
        if report.liveDone > 0 {
            effects.append("\(report.liveDone) live contact(s) already completed or exhausted, left with their history")
        }
        return effects
    }
}
