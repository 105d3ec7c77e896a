import AnyreachAPI
public import AnyreachClient
import AnyreachModel
public import CampaignManifest

/// Which contacts a plan must read from the org. Contact lists are the costly part of a read,
/// so only the managed campaigns' lists are read: by external_id, and by UUID for campaigns
/// adopted by id; the ad-hoc list only when the manifests manage it.
public struct PlanReadScope: Sendable, Hashable {
    /// Campaign references (external_ids or UUIDs) whose contacts are read.
    public var campaigns: Set<String>
    public var adHocContacts: Bool
    /// Live campaigns outside `campaigns` whose contacts are read as well.
    public var others: OtherCampaigns
    /// `--target`: of the campaigns outside the manifests, only targeted ones (and active ones a
    /// new targeted campaign could share people with) are read.
    public var targets: [ResourceTarget] = []

    /// Campaigns the manifests don't name whose contacts a plan still needs.
    public enum OtherCampaigns: Sendable, Hashable {
        case none
        /// Active ones, when the manifests name a campaign that isn't live: its contacts may be
        /// people an active campaign already dials.
        case activeIfAnyIsNew
        /// Every one not closed (a prune closes them, and the guard counts their pending
        /// contacts), which includes the active ones.
        case notClosed
    }

    public init(campaigns: Set<String>, adHocContacts: Bool, others: OtherCampaigns = .none) {
        self.campaigns = campaigns
        self.adHocContacts = adHocContacts
        self.others = others
    }

    /// What planning `desired` needs; `others` off for a plan that is only looked at (drift).
    /// A targeted plan reads only the targeted campaigns' contacts (and the ad-hoc list only when
    /// targeted): the rest would be planned only to be left out.
    public init(planning desired: DesiredState, others: Bool = true, targets: [ResourceTarget] = []) {
        let campaigns =
            targets.isEmpty ? desired.campaigns : desired.campaigns.filter { targets.selectCampaign(named: $0.names) }
        let keys = Set(campaigns.flatMap(\.names))
        let reach: OtherCampaigns =
            !others
            ? .none : desired.policy.pruneCampaigns ? .notClosed : campaigns.isEmpty ? .none : .activeIfAnyIsNew
        let adHoc = desired.adHocContacts != nil && (targets.isEmpty || targets.contains { $0.kind == .adhoc })
        self.init(campaigns: keys, adHocContacts: adHoc, others: reach)
        self.targets = targets
    }

    /// What checking a saved plan for staleness needs: the contacts its operations touch.
    public init(staleCheckOf plan: Plan) {
        let scopes = StaleCheck.contactScopes(of: plan)
        self.init(campaigns: scopes.campaigns, adHocContacts: scopes.adHoc)
    }
}

extension PlanReadScope {
    /// The live campaigns outside `campaigns` whose contacts are read too.
    func others(among live: [Campaign]) -> [Campaign] {
        switch others {
        case .none:
            return []
        case .notClosed where !targets.isEmpty:
            let anyNew = anyIsNew(among: live)
            return live.filter { campaign in
                let targeted = targets.contains { $0.selects(.campaign, names: campaign.names) }
                return campaign.status != .closed && (targeted || (anyNew && campaign.status == .active))
            }
        case .notClosed:
            return live.filter { $0.status != .closed }
        case .activeIfAnyIsNew:
            return anyIsNew(among: live) ? live.filter { $0.status == .active } : []
        }
    }

    /// Whether a campaign read is not live yet (a new one may dial people the active ones do).
    private func anyIsNew(among live: [Campaign]) -> Bool {
        let known = Set(live.flatMap { [$0.externalId, $0.id.lowercased()].compactMap { $0 } })
        return campaigns.contains { !known.contains($0) }
    }
}

extension AnyreachClient {
    /// The org as a plan (or a stale check) in `scope` sees it; contacts that match
    /// `expectations` are counted, not kept. `ahead`: pages read while the manifests loaded.
    public func readOrg(
        _ scope: PlanReadScope, expecting expectations: [String: ContactExpectation] = [:],
        ahead: ContactReadAhead = ContactReadAhead()
    ) async throws -> OrgSnapshot {
        try await readOrg(
            contactsOf: scope.campaigns, includeAdHoc: scope.adHocContacts, expecting: expectations, ahead: ahead
        ) { live in
            scope.others(among: live)
        }
    }
}

extension OpenConnection {
    /// fetch live → diff → plan: reads what `desired` needs and plans against it, for this
    /// connection's API and org. Throws `PlanFailure` when no safe plan can be made.
    /// `ahead`: contact pages read while the manifests loaded (`ContactReadAhead`).
    public func plan(
        _ desired: DesiredState, options choices: PlanChoices = PlanChoices(),
        ahead: ContactReadAhead = ContactReadAhead()
    ) async throws -> Plan {
        // Worked out while the org is read: it needs only the manifests.
        async let overlaps = ManifestNumberOverlaps(desired)
        let live = try await client.readOrg(
            PlanReadScope(planning: desired, others: !choices.isDriftOnly, targets: choices.targets),
            expecting: desired.contactExpectations, ahead: ahead)
        var options = PlanOptions(allowMassDelete: choices.allowMassDelete, apiURL: displayURL, org: settings.org)
        options.manifestOverlaps = await overlaps
        options.allowContactOverlap = choices.allowContactOverlap
        options.targets = choices.targets
        options.environment = choices.environment
        options.requiresWholeRepository = !choices.isDriftOnly
        return try Planner(desired: desired, live: live, options: options).plan()
    }

    public func plan(_ desired: DesiredState, allowMassDelete: Bool) async throws -> Plan {
        try await plan(desired, options: PlanChoices(allowMassDelete: allowMassDelete))
    }
}
