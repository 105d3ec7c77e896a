import AnyreachAPI
import AnyreachModel
import CampaignManifest

/// The plan as a person reads it in a terminal: Terraform's `+` `~` `-`, lifecycle arrows,
/// field-level changes, contacts as counts with a few examples, and the manifest line behind
/// each change.
public struct PlanTextRenderer: Sendable {
    public var masking: Masking
    public var color: Bool
    /// Contacts to add listed per campaign before the rest are counted; deletes and updates are
    /// always named, each one.
    public var addsListed = 10

    public init(masking: Masking, color: Bool) {
        self.masking = masking
        self.color = color
    }

    public func render(_ plan: Plan) -> String {
        var lines = [header(plan.scope)] + (Self.targetNote(plan.scope).map { [$0] } ?? []) + [""]
        if !plan.hasChanges {
            lines.append(
                plan.scope.targets == nil
                    ? "No changes. The org matches the manifests." : "No changes. The targets match the manifests.")
        }
        for group in PlanGroups(plan).groups { lines += render(group) }
        lines += unmanaged(plan.unmanaged) + suppressed(plan.suppressed) + warnings(plan.warnings)
        if plan.hasChanges {
            // Each resource's lines end with a blank one already; one blank line before the summary.
            if lines.last != "" { lines.append("") }
            lines.append(PlanSummary(plan).line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func header(_ scope: PlanScope) -> String {
        let org = (scope.org.map { " org \($0)," } ?? "") + (scope.environment.map { " environment \($0)," } ?? "")
        var managed = ["\(scope.configurations.count) configurations", "\(scope.campaigns.count) campaigns"]
        if scope.adHocContacts { managed.append("ad-hoc contacts") }
        if scope.concurrency { managed.append("the concurrency limit") }
        return
            "campaignctl plan against \(scope.apiURL),\(org) \(scope.manifests.count) manifest file(s): \(managed.joined(separator: ", "))"
    }

    /// What a partial plan leaves out, said under its header (and in drift's and markdown's).
    static func targetNote(_ scope: PlanScope) -> String? {
        guard let targets = scope.targets else { return nil }
        return
            "Partial: --target \(targets.joined(separator: ", ")). Only these resources and what they depend on are planned; nothing else is changed or pruned."
    }

    private func render(_ group: PlanGroups.Group) -> [String] {
        var lines: [String] = []
        for operation in group.operations where operation.resource != .contacts || operation.action == .create {
            lines += renderOperation(operation)
        }
        if !group.contacts.isEmpty { lines += renderContacts(group) }
        return lines + [""]
    }

    private func renderOperation(_ operation: PlanOperation) -> [String] {
        let (symbol, verb) = Self.symbol(operation.action)
        let title =
            "\(paint(symbol, Self.colorCode(operation.action))) \(verb)\(operation.resource.rawValue) \"\(operation.key)\""
        var lines = [title + location(operation.source)]
        guard operation.action == .create || operation.action == .patch || operation.action == .setConcurrency else {
            if let change = operation.changes.first {
                lines.append(
                    "      status: \(masking.show(change.before, sensitive: false)) -> \(masking.show(change.after, sensitive: false))"
                )
            }
            if let warning = Self.neverCalled(operation) { lines.append("      " + paint("! " + warning, "1;31")) }
            return lines
        }
        for change in operation.changes {
            let after = masking.show(change.after, sensitive: change.sensitive)
            lines.append(
                change.before == nil
                    ? "      + \(change.field): \(after)"
                    : "      ~ \(change.field): \(masking.show(change.before, sensitive: change.sensitive)) -> \(after)"
            )
        }
        return lines
    }

    /// Deletes, deferred deletes and updates first, each named (an update with its fields,
    /// values masked); then adds, listed up to `addsListed` and counted past it.
    private func renderContacts(_ group: PlanGroups.Group) -> [String] {
        let counts = group.contactCounts
        var lines = ["\(paint("~", "33")) contacts of \"\(group.key)\": \(counts)" + location(group.contactSource)]
        let order: [ContactChange.Kind] = [.delete, .deferredDelete, .update]
        for kind in order {
            for change in group.contacts where change.kind == kind { lines.append(contactLine(change)) }
        }
        let adds = group.contacts.filter { $0.kind == .add }
        lines += adds.prefix(addsListed).map(contactLine)
        if adds.count > addsListed { lines.append("      … and \(adds.count - addsListed) more to add") }
        return lines
    }

    private func contactLine(_ change: ContactChange) -> String {
        "      \(Self.contactSymbol(change.kind)) \(change.externalID ?? change.liveID ?? "?")\(contactDetail(change))"
            + location(change.source)
    }

    private func contactDetail(_ change: ContactChange) -> String {
        let suppressed = change.reason == .suppressed
        switch change.kind {
        case .update:
            return ": " + change.fields.map(fieldChange(change)).joined(separator: ", ")
                + (suppressed ? " (suppressed)" : "")
        case .deferredDelete:
            return suppressed ? " (suppressed; mid-call: delete deferred)" : " (mid-call: delete deferred)"
        case .delete: return suppressed ? " (suppressed)" : ""
        case .add: return ""
        }
    }

    /// `timezone "America/Chicago" -> "America/Denver"`, sensitive values masked.
    private func fieldChange(_ change: ContactChange) -> (String) -> String {
        let after = change.item?.json.objectValue
        return { field in
            let sensitive = ContactState.sensitivePaths.contains(field)
            let before = change.before?.objectValue?[field]
            return
                "\(field) \(masking.show(before, sensitive: sensitive)) -> \(masking.show(after?[field], sensitive: sensitive))"
        }
    }

    private func location(_ source: SourceLocation?) -> String {
        source.map { "  (\($0.fileAndLine))" } ?? ""
    }

    private func unmanaged(_ resources: [UnmanagedResource]) -> [String] {
        guard !resources.isEmpty else { return [] }
        return ["Not in the manifests (left alone):"]
            + resources.map { "  \($0.resource.rawValue) \"\($0.key)\"" + ($0.detail.map { ": \($0)" } ?? "") } + [""]
    }

    private func suppressed(_ reports: [SuppressionReport]) -> [String] {
        guard !reports.isEmpty else { return [] }
        return [SuppressionLines.title] + SuppressionLines(masking: masking, listed: addsListed).lines(reports) + [""]
    }

    private func warnings(_ warnings: [Diagnostic]) -> [String] {
        warnings.map(DiagnosticFormatter(isColorful: color).format)
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// What closing a campaign that still has pending contacts means for them.
    static func neverCalled(_ operation: PlanOperation) -> String? {
        guard operation.action == .close, let pending = operation.pendingContacts, pending > 0 else { return nil }
        return "\(pending) pending contact(s) will never be called: closing is final"
    }

    static func symbol(_ action: PlanAction) -> (String, String) {
        switch action {
        case .create: ("+", "create ")
        case .patch, .setConcurrency: ("~", "update ")
        case .delete: ("-", "delete ")
        case .start: (">", "start ")
        case .pause: ("=", "pause ")
        case .close: ("x", "close ")
        case .upsertContacts: ("~", "")
        case .deleteContacts: ("-", "")
        }
    }

    static func colorCode(_ action: PlanAction) -> String {
        switch action {
        case .create, .start: "32"
        case .delete, .close: "31"
        default: "33"
        }
    }

    static func contactSymbol(_ kind: ContactChange.Kind) -> String {
        switch kind {
        case .add: "+"
        case .update: "~"
        case .delete: "-"
        case .deferredDelete: "-?"
        }
    }
}
