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
            if let existing = liveByKey[spec.externalID] ?? renamed(spec, liveByKey)
                ?? spec.adoptID.flatMap({ id in live.campaigns.first { $0.id.lowercased() == id } })
            {
                ExistingCampaignPlanner(
                    spec: spec, live: existing, contacts: live.contacts[existing.id] ?? LiveContacts(),
                    configuration: configuration, suppression: desired.policy.suppression, builder: builder
                ).plan()
            } else {
                NewCampaignPlanner(spec: spec, configuration: configuration, builder: builder).plan()
            }
        }
        planUnmanaged(liveByKey)
    }

    /// The live campaign a renamed entry was, under the first of its previous keys that is live.
    private func renamed(_ spec: CampaignSpec, _ liveByKey: [String: Campaign]) -> Campaign? {
        let previous = spec.previousExternalIDs.compactMap { liveByKey[$0] }
        if liveByKey[spec.externalID] != nil, let leftover = previous.first {
            builder.warn(
                .renameLeftover,
                "campaign \(Snippet(spec.externalID)) is live under its own key and under its previous key \(Snippet(leftover.externalId ?? "")) (\(leftover.status.rawValue)); the old one is left alone",
                at: spec.fieldLocations["previous_external_ids"] ?? spec.location,
                hint: "close it by hand, or drop it from previous_external_ids so that prune closes it")
        }
        return previous.first
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
        // A previous key names the campaign before its rename lands, and a leftover under it
        // afterwards: neither is pruned.
        let named = desired.campaignNames
        for campaign in live.campaigns where !named.names(campaign) {
            let key = campaign.externalId ?? campaign.id
            let ignored = desired.policy.ignore.ignores(campaign: key)
            // Closed and gone from the manifests is history; an ignored one is someone else's.
            if campaign.status == .closed || ignored { continue }
            guard desired.policy.pruneCampaigns else {
                builder.addUnmanaged(.campaign, key: key, detail: "\(campaign.name) (\(campaign.status.rawValue))")
                continue
            }
            let change = FieldChange(
                field: "status", before: .string(campaign.status.rawValue), after: "closed", sensitive: false)
            var close = PlanOperation(
                id: OperationID(.campaign, key, .close), step: .closeCampaign, key: key, liveID: campaign.id,
                changes: [change], source: desired.policy.location, liveFingerprint: CampaignFingerprint.of(campaign))
            close.pendingContacts = live.contacts[campaign.id]?.pending
            builder.add(close)
        }
    }
}
