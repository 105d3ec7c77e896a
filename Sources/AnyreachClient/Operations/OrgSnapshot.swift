public import AnyreachAPI

/// The live org as the manifests care about it, read in as few round trips as the API allows.
public struct OrgSnapshot: Sendable {
    public var configurations: [Configuration]
    public var campaigns: [Campaign]
    public var concurrency: Components.Schemas.ConcurrencySettings
    /// Contacts by campaign id, and by `default` for the ad-hoc list, for the campaigns asked for.
    public var contacts: [String: [Contact]]
}

extension AnyreachClient {
    /// Reads configurations, campaigns and concurrency at once, then the contacts of the named
    /// campaigns (external_ids; those that don't exist live are skipped) all concurrently.
    public func readOrg(contactsOf campaignExternalIDs: Set<String>, includeAdHoc: Bool) async throws -> OrgSnapshot {
        async let configurations = listConfigurations()
        async let campaigns = listAllCampaigns()
        async let concurrency = concurrencySettings()
        let liveCampaigns = try await campaigns
        // A campaign is named by its external_id, or by its id when a manifest adopts it.
        var keys = liveCampaigns.filter { ($0.externalId.map(campaignExternalIDs.contains) ?? false) || campaignExternalIDs.contains($0.id) }.map(\.id)
        if includeAdHoc { keys.append(Contract.adHocCampaignID) }
        let contacts = try await withThrowingTaskGroup(of: (String, [Contact]).self) { group in
            for key in keys { group.addTask { (key, try await self.listAllContacts(key)) } }
            var byCampaign: [String: [Contact]] = [:]
            for try await (key, list) in group { byCampaign[key] = list }
            return byCampaign
        }
        return OrgSnapshot(configurations: try await configurations, campaigns: liveCampaigns, concurrency: try await concurrency, contacts: contacts)
    }
}
