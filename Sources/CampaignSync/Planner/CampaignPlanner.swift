import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// Plans each campaign: create or patch, lifecycle calls and contacts, in an order that never
/// lets a campaign dial contacts it shouldn't (§3.2: campaigns are born active).
struct CampaignPlanner {
    let desired: DesiredState
    let live: OrgSnapshot
    let builder: PlanBuilder
    let configurations: ConfigurationIndex

    func planAll() {
        let liveByKey = Dictionary(
            live.campaigns.compactMap { campaign in campaign.externalId.map { ($0, campaign) } },
            uniquingKeysWith: { first, _ in first })
        for written in desired.campaigns {
            guard let configuration = configurationReference(for: written) else { continue }
            let spec = withLiveCountryCode(written)
            if let existing = liveByKey[spec.externalID]
                ?? spec.adoptID.flatMap({ id in live.campaigns.first { $0.id.lowercased() == id } })
            {
                ExistingCampaignPlanner(
                    spec: spec, live: existing, contacts: live.contacts[existing.id] ?? [],
                    configuration: configuration, builder: builder
                ).plan()
            } else {
                NewCampaignPlanner(spec: spec, configuration: configuration, builder: builder).plan()
            }
        }
        planUnmanaged(liveByKey)
    }

    /// The configuration a campaign names: live, created by this plan, or an error.
    private func configurationReference(for spec: CampaignSpec) -> ConfigurationIndex.Entry? {
        if let entry = configurations.entries[spec.configuration] { return entry }
        builder.fail(
            .missingConfiguration,
            "campaign \(Snippet(spec.externalID)) uses configuration \(Snippet(spec.configuration)), which is neither in the manifests nor live",
            at: spec.fieldLocations["configuration"] ?? spec.location)
        return nil
    }

    /// The spec with its numbers read under the live configuration when the manifests don't
    /// define it (the manifest checks could only assume +1).
    private func withLiveCountryCode(_ spec: CampaignSpec) -> CampaignSpec {
        guard !desired.configurations.contains(where: { $0.externalID == spec.configuration }),
            let live = live.configurations.first(where: { $0.externalId == spec.configuration })
        else { return spec }
        return LiveCountryCode(builder: builder).renormalize(spec, under: live)
    }

    /// Live campaigns no manifest names: listed; with `prune.campaigns`, closed (the API has no
    /// campaign delete, and closing is what stops one for good).
    private func planUnmanaged(_ liveByKey: [String: Campaign]) {
        let named = Set(desired.campaigns.map(\.externalID) + desired.campaigns.compactMap(\.adoptID))
        for campaign in live.campaigns
        where !(campaign.externalId.map(named.contains) ?? false) && !named.contains(campaign.id.lowercased()) {
            let key = campaign.externalId ?? campaign.id
            guard desired.policy.pruneCampaigns, campaign.status != .closed else {
                builder.addUnmanaged(.campaign, key: key, detail: "\(campaign.name) (\(campaign.status.rawValue))")
                continue
            }
            let change = FieldChange(
                field: "status", before: .string(campaign.status.rawValue), after: "closed", sensitive: false)
            builder.add(
                PlanOperation(
                    id: OperationID(.campaign, key, .close), step: .closeCampaign, key: key, liveID: campaign.id,
                    changes: [change], source: desired.policy.location,
                    liveFingerprint: CampaignFingerprint.of(campaign)))
        }
    }
}
