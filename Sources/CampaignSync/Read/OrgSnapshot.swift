public import AnyreachAPI
public import AnyreachClient
public import AnyreachModel

/// The live org as the manifests care about it, read in as few round trips as the API allows:
/// the engine's input from the org (the client only makes the calls).
public struct OrgSnapshot: Sendable {
    public var configurations: [Configuration]
    public var campaigns: [Campaign]
    public var concurrency: Components.Schemas.ConcurrencySettings
    /// Contacts by campaign id, and by `default` for the ad-hoc list, for the campaigns asked for.
    public var contacts: [String: LiveContacts]

    public init(
        configurations: [Configuration], campaigns: [Campaign], concurrency: Components.Schemas.ConcurrencySettings,
        contacts: [String: LiveContacts]
    ) {
        self.configurations = configurations
        self.campaigns = campaigns
        self.concurrency = concurrency
        self.contacts = contacts
    }
}

extension AnyreachClient {
    /// Reads configurations, campaigns, concurrency and the contacts of the named campaigns
    /// (external_ids, or UUIDs for campaigns adopted by id; those that don't exist live are
    /// skipped), all at once.
    ///
    /// Contacts are read by external_id, which the contacts route resolves (§4.2), so they don't
    /// wait for the campaign list: the longest chain is a campaign's first contact page, then
    /// the rest of its pages, beside the campaign list's pages.
    ///
    /// `others` picks, once the campaign list is in, further campaigns whose contacts are read:
    /// the planner needs those a prune would close (to count their pending contacts) and the
    /// active ones a new campaign could dial the same people as.
    ///
    /// `expectations` (by campaign reference, and `default`) are what the manifests want of
    /// those contacts: a contact read that matches is counted, not kept (`LiveContacts`).
    /// `ahead` holds pages read while the manifests loaded; they start those reads.
    public func readOrg(
        contactsOf campaignReferences: Set<String>, includeAdHoc: Bool,
        expecting expectations: [String: ContactExpectation] = [:], ahead: ContactReadAhead = ContactReadAhead(),
        others: @Sendable ([Campaign]) -> [Campaign] = { _ in [] }
    ) async throws -> OrgSnapshot {
        async let configurations = listConfigurations()
        async let campaigns = listAllCampaigns()
        async let concurrency = concurrencySettings()
        async let byReference = contactsIfFound(
            campaignReferences.sorted() + (includeAdHoc ? [Contract.adHocCampaignID] : []), expectations, ahead)
        let liveCampaigns = try await campaigns
        let found = try await byReference
        var contacts: [String: LiveContacts] = [:]
        if includeAdHoc { contacts[Contract.adHocCampaignID] = found[Contract.adHocCampaignID] ?? LiveContacts() }
        for campaign in liveCampaigns {
            guard
                let reference = [campaign.externalId, campaign.id, campaign.id.lowercased()].compactMap({ $0 }).first(
                    where: campaignReferences.contains)
            else { continue }
            if let list = found[reference] {
                contacts[campaign.id] = list
            } else {
                // Created between its contact read (a 404) and the campaign list: read it now, by id.
                contacts[campaign.id] = try await readContacts(campaign.id) { LiveContacts() }
            }
        }
        let otherIDs = others(liveCampaigns).filter { contacts[$0.id] == nil }.map(\.id)
        for (id, list) in try await contactsIfFound(otherIDs, [:], ContactReadAhead()) { contacts[id] = list }
        return OrgSnapshot(
            configurations: try await configurations, campaigns: liveCampaigns, concurrency: try await concurrency,
            contacts: contacts)
    }

    /// The contacts of each campaign reference, concurrently; references the API doesn't know
    /// (a 404) are left out.
    private func contactsIfFound(
        _ references: [String], _ expectations: [String: ContactExpectation], _ ahead: ContactReadAhead
    ) async throws -> [String: LiveContacts] {
        try await withThrowingTaskGroup(of: (String, LiveContacts?).self) { group in
            for reference in references {
                let expectation = expectations[reference]
                group.addTask {
                    do {
                        let pages = await ahead.pages(of: reference)
                        let contacts = try await self.readContacts(reference, ahead: pages) {
                            LiveContacts(expecting: expectation)
                        }
                        return (reference, contacts)
                    } catch let error as APIClientError where error.status == 404 {
                        return (reference, nil)
                    }
                }
            }
            var found: [String: LiveContacts] = [:]
            for try await (reference, contacts) in group { found[reference] = contacts }
            return found
        }
    }
}
