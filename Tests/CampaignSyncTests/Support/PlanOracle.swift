import AnyreachAPI
import AnyreachModel
import CampaignManifest

/// What the contract and the manifests require of a generated case, worked out without the
/// planner: which campaigns the plan must refuse, and what the org must hold once it ran.
struct PlanOracle {
    let desired: DesiredState
    let before: ContractModel

    // MARK: - Refusals

    /// Campaigns closed live that the manifests would reopen, change or give contacts.
    var closedConflicts: [String] {
        desired.campaigns.filter { spec in
            guard let live = before.campaign(externalID: spec.externalID), live.status == .closed else { return false }
            let configuration = before.configurations.first { $0.id == live.configurationID }?.externalID
            return spec.status != .closed || spec.name != live.name || spec.priority != live.priority
                || configuration != spec.configuration
                || !Self.holdsAll(live.contacts, spec.contacts)
        }.map(\.externalID)
    }

    /// Whether every spec is stored exactly as written.
    static func holdsAll(_ contacts: [ContractModel.StoredContact], _ specs: [ContactSpec]) -> Bool {
        let byKey = Dictionary(
            contacts.compactMap { contact in contact.externalID.map { ($0, contact) } },
            uniquingKeysWith: { first, _ in first })
        return specs.allSatisfy { spec in
            byKey[spec.externalID].map { Expected.canonical($0.fields) == Expected.canonical(Expected.contact(spec)) }
                ?? false
        }
    }

    // MARK: - The org after the plan

    /// Every way `after` differs from what the manifests ask (empty: it matches).
    func problems(after: ContractModel) -> [String] {
        configurationProblems(after) + campaignProblems(after) + unmanagedCampaignProblems(after) + adHocProblems(after)
            + (desired.concurrency.map {
                $0.limit == after.concurrencyLimit ? [] : ["concurrency is \(after.concurrencyLimit), not \($0.limit)"]
            } ?? [])
    }

    private func configurationProblems(_ after: ContractModel) -> [String] {
        var problems = desired.configurations.compactMap { spec -> String? in
            guard let found = after.configuration(externalID: spec.externalID) else {
                return "configuration \(spec.externalID) missing"
            }
            return Expected.canonical(found.fields) == Expected.canonical(Expected.configuration(spec))
                ? nil : "configuration \(spec.externalID) differs"
        }
        let managed = Set(desired.configurations.map(\.externalID))
        for old in before.configurations where !(old.externalID.map(managed.contains) ?? false) {
            let used = after.campaigns.contains { $0.configurationID == old.id }
            let now = after.configurations.first { $0.id == old.id }
            if desired.policy.pruneConfigurations, !used, now != nil {
                problems.append("unmanaged configuration \(old.externalID ?? old.id) not pruned")
            }
            if !desired.policy.pruneConfigurations || used, now != old {
                problems.append("unmanaged configuration \(old.externalID ?? old.id) changed")
            }
        }
        return problems
    }

    private func campaignProblems(_ after: ContractModel) -> [String] {
        desired.campaigns.flatMap { spec -> [String] in
            guard let found = after.campaign(externalID: spec.externalID) else {
                return ["campaign \(spec.externalID) missing"]
            }
            var problems: [String] = []
            if found.name != spec.name || found.priority != spec.priority {
                problems.append("campaign \(spec.externalID) fields differ")
            }
            if found.status.rawValue != spec.status.rawValue {
                problems.append("campaign \(spec.externalID) is \(found.status.rawValue), not \(spec.status.rawValue)")
            }
            if found.configurationID != after.configuration(externalID: spec.configuration)?.id {
                problems.append("campaign \(spec.externalID) on the wrong configuration")
            }
            let old = before.campaign(externalID: spec.externalID)?.contacts ?? []
            return problems
                + Self.contactProblems(
                    "campaign \(spec.externalID)", spec.contacts, prune: spec.pruneContacts, before: old,
                    after: found.contacts)
        }
    }

    /// Campaigns no manifest names: closed with `prune.campaigns`, else untouched.
    private func unmanagedCampaignProblems(_ after: ContractModel) -> [String] {
        let managed = Set(desired.campaigns.map(\.externalID))
        return before.campaigns.filter { !($0.externalID.map(managed.contains) ?? false) }.compactMap { old in
            guard var now = after.campaigns.first(where: { $0.id == old.id }) else {
                return "unmanaged campaign \(old.id) vanished"
            }
            if desired.policy.pruneCampaigns, now.status != .closed {
                return "unmanaged campaign \(old.externalID ?? old.id) not closed"
            }
            if desired.policy.pruneCampaigns { now.status = old.status }
            return now == old ? nil : "unmanaged campaign \(old.externalID ?? old.id) changed"
        }
    }

    private func adHocProblems(_ after: ContractModel) -> [String] {
        guard let adHoc = desired.adHocContacts else {
            return after.adHoc == before.adHoc ? [] : ["ad-hoc contacts changed unasked"]
        }
        return Self.contactProblems(
            "default", adHoc.contacts, prune: adHoc.prune, before: before.adHoc, after: after.adHoc)
    }

    /// The manifest's contacts hold exactly their fields; the others stay, unless pruned, in which
    /// case only those mid-call remain (their deletes deferred).
    static func contactProblems(
        _ owner: String, _ specs: [ContactSpec], prune: Bool,
        before: [ContractModel.StoredContact], after: [ContractModel.StoredContact]
    ) -> [String] {
        let byKey = Dictionary(
            after.compactMap { contact in contact.externalID.map { ($0, contact) } },
            uniquingKeysWith: { first, _ in first })
        var problems = specs.compactMap { spec -> String? in
            guard let found = byKey[spec.externalID] else { return "\(owner): contact \(spec.externalID) missing" }
            let (have, want) = (Expected.canonical(found.fields), Expected.canonical(Expected.contact(spec)))
            return have == want
                ? nil
                : "\(owner): contact \(spec.externalID) differs in \(want.keys.filter { have[$0] != want[$0] }.sorted())"
        }
        let wanted = Set(specs.map(\.externalID))
        let isLeftover = { (contact: ContractModel.StoredContact) in !(contact.externalID.map(wanted.contains) ?? false)
        }
        let busy: Set<Components.Schemas.ContactStatus> = [.locked, .inProgress]
        let expected = before.filter(isLeftover).filter { !prune || busy.contains($0.status) }
        if Set(after.filter(isLeftover).map(\.id)) != Set(expected.map(\.id)) {
            problems.append(
                "\(owner): other contacts are \(after.filter(isLeftover).map { $0.externalID ?? $0.id }), expected \(expected.map { $0.externalID ?? $0.id })"
            )
        }
        return problems
    }
}
