import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// Refuses a plan that would delete more than the manifests' threshold of a kind's live
/// resources (a percentage, above an absolute floor) unless `--allow-mass-delete` says so:
/// one unreadable export must not empty a campaign.
struct MassDeleteGuard {
    let policy: PolicySpec
    let live: OrgSnapshot
    let allow: Bool
    /// Campaigns the manifests name: a close of any other one is a prune.
    let managed: Set<String>

    func check(_ builder: PlanBuilder) {
        let operations = builder.operations
        let configurationDeletes = operations.filter { $0.resource == .configuration && $0.action == .delete }.count
        let prunes = operations.filter {
            $0.resource == .campaign && $0.action == .close && $0.liveID != nil && !managed.contains($0.key)
        }
        let campaignCloses = prunes.count
        let contactDeletes = operations.filter { $0.action == .deleteContacts }.reduce(0) {
            $0 + Self.guarded($1.contacts)
        }
        let liveContacts = live.contacts.values.reduce(0) { $0 + $1.count }
        check("configurations", deleting: configurationDeletes, of: live.configurations.count, builder)
        check("campaigns", deleting: campaignCloses, of: live.campaigns.count, builder)
        check("contacts", deleting: contactDeletes, of: liveContacts, builder)
        checkEachCampaign(of: operations, orgWide: liveContacts, builder)
        checkCloses(prunes.filter { ($0.pendingContacts ?? 0) > 0 }, builder)
    }

    /// Closing is final: a prune that closes campaigns still holding pending contacts (people
    /// who will then never be called) needs the flag past `max_closes`, however few they are.
    private func checkCloses(_ closes: [PlanOperation], _ builder: PlanBuilder) {
        guard closes.count > policy.maxClosesWithPending else { return }
        let named = Snippet.list(closes.map { "\($0.key) (\($0.pendingContacts ?? 0) pending)" })
        let pending = closes.reduce(0) { $0 + ($1.pendingContacts ?? 0) }
        let figures =
            "\(closes.count) campaign(s) not in the manifests that still have \(pending) pending contact(s): \(named)"
        refuse(
            allowed: "closing \(figures)",
            refused:
                "the plan would close \(figures); closing is final (more than \(policy.maxClosesWithPending) such close(s) need the flag)",
            hint:
                "if a manifest was emptied, deleted or left out of the paths, restore it; to close them, pass --allow-mass-delete",
            builder)
    }

    /// Past a threshold: a refusal, or with `--allow-mass-delete` a warning that says it was allowed.
    private func refuse(allowed: String, refused: String, hint: String, _ builder: PlanBuilder) {
        if allow {
            builder.warn(.massDelete, "\(allowed), allowed by --allow-mass-delete", at: policy.location)
        } else {
            builder.fail(.massDelete, refused, at: policy.location, hint: hint)
        }
    }

    /// Each campaign's contacts on their own as well: one truncated export must not empty a
    /// campaign because the org's other contacts dwarf it. A campaign holding every live contact
    /// was judged by the org-wide check already.
    private func checkEachCampaign(of operations: [PlanOperation], orgWide: Int, _ builder: PlanBuilder) {
        for operation in operations where operation.action == .deleteContacts {
            let scope =
                operation.key == Contract.adHocCampaignID
                ? operation.key : live.campaigns.first { $0.externalId == operation.key }?.id
            let total = scope.flatMap { live.contacts[$0]?.count } ?? 0
            guard total < orgWide else { continue }
            check("contacts of '\(operation.key)'", deleting: Self.guarded(operation.contacts), of: total, builder)
        }
    }

    /// The deletes the guard weighs: not those `policy.suppress` requires, which the manifests
    /// ask for by listing the numbers, however many they are.
    private static func guarded(_ contacts: [ContactChange]) -> Int {
        contacts.count { $0.reason != .suppressed }
    }

    private func check(_ kind: String, deleting count: Int, of total: Int, _ builder: PlanBuilder) {
        guard count > policy.minDeleteCount, total > 0 else { return }
        let percent = Double(count) * 100 / Double(total)
        guard percent > policy.maxDeletePercent else { return }
        let figures = "\(count) of \(total) live \(kind) (\(Int(percent.rounded()))%)"
        refuse(
            allowed: "deleting \(figures)",
            refused:
                "the plan would delete \(figures), above the mass-delete guard (more than \(policy.minDeleteCount) and \(policy.maxDeletePercent)%)",
            hint: "check the manifests, or pass --allow-mass-delete", builder)
    }
}
