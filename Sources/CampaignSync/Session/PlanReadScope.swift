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

    public init(campaigns: Set<String>, adHocContacts: Bool) {
        self.campaigns = campaigns
        self.adHocContacts = adHocContacts
    }

    /// What planning `desired` needs.
    public init(planning desired: DesiredState) {
        let keys = desired.campaigns.map(\.externalID) + desired.campaigns.compactMap(\.adoptID)
        self.init(campaigns: Set(keys), adHocContacts: desired.adHocContacts != nil)
    }

    /// What checking a saved plan for staleness needs: the contacts its operations touch.
    public init(staleCheckOf plan: Plan) {
        let scopes = StaleCheck.contactScopes(of: plan)
        self.init(campaigns: scopes.campaigns, adHocContacts: scopes.adHoc)
    }
}

extension AnyreachClient {
    /// The org as a plan (or a stale check) in `scope` sees it.
    public func readOrg(_ scope: PlanReadScope) async throws -> OrgSnapshot {
        try await readOrg(contactsOf: scope.campaigns, includeAdHoc: scope.adHocContacts)
    }
}

extension OpenConnection {
    /// fetch live → diff → plan: reads what `desired` needs and plans against it, for this
    /// connection's API and org. Throws `PlanFailure` when no safe plan can be made.
    public func plan(_ desired: DesiredState, allowMassDelete: Bool = false) async throws -> Plan {
        let live = try await client.readOrg(PlanReadScope(planning: desired))
        let options = PlanOptions(allowMassDelete: allowMassDelete, apiURL: displayURL, org: settings.org)
        return try Planner(desired: desired, live: live, options: options).plan()
    }
}
