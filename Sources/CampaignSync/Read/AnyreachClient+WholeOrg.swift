public import AnyreachAPI
public import AnyreachClient
public import AnyreachModel

extension AnyreachClient {
    /// The whole org with the contacts of every campaign `include` accepts (by live campaign) and
    /// the ad-hoc list: what `export` reads. Contacts are keyed by campaign id, and `default`.
    public func readWholeOrg(including include: @Sendable (Campaign) -> Bool) async throws -> OrgSnapshot {
        async let configurations = listConfigurations()
        async let concurrency = concurrencySettings()
        let campaigns = try await listAllCampaigns()
        let keys = campaigns.filter(include).map(\.id) + [Contract.adHocCampaignID]
        let contacts = try await withThrowingTaskGroup(of: (String, LiveContacts).self) { group in
            for key in keys { group.addTask { (key, try await self.readContacts(key) { LiveContacts() }) } }
            var byCampaign: [String: LiveContacts] = [:]
            for try await (key, list) in group { byCampaign[key] = list }
            return byCampaign
        }
        return OrgSnapshot(
            configurations: try await configurations, campaigns: campaigns, concurrency: try await concurrency,
            contacts: contacts)
    }
}
