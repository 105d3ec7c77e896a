import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// The same people dialled twice: a campaign renamed without `previous_external_ids` plans a
/// new campaign beside the old one, which keeps dialling. A new campaign whose numbers an
/// active campaign outside the manifests holds too is a warning naming both; past a large
/// overlap (more than `minCount` contacts and more than `maxPercent` of the new campaign's) the
/// plan is refused unless `--allow-contact-overlap`. The same number in two active campaigns of
/// the manifests is a warning.
struct ContactOverlapCheck {
    static let minCount = 25
    static let maxPercent = 10.0

    let desired: DesiredState
    let live: OrgSnapshot
    let allow: Bool
    /// The manifests' own overlaps, when worked out already (`PlanOptions.manifestOverlaps`).
    var manifestOverlaps: ManifestNumberOverlaps?

    func check(_ builder: PlanBuilder) {
        let created = Set(builder.operations.filter { $0.resource == .campaign && $0.action == .create }.map(\.key))
        let newCampaigns = desired.campaigns.filter { created.contains($0.externalID) && $0.status != .closed }
        if !newCampaigns.isEmpty {
            let dialling = stillDialling(
                closed: Set(builder.operations.filter { $0.action == .close }.compactMap(\.liveID)))
            for campaign in newCampaigns {
                for other in dialling { compare(campaign, with: other, builder) }
            }
        }
        checkManifests(builder)
    }

    /// Active live campaigns the manifests don't name and this plan doesn't close, with their numbers.
    private func stillDialling(closed: Set<String>) -> [(campaign: Campaign, numbers: Set<String>)] {
        let named = desired.campaignNames
        return live.campaigns.compactMap { campaign in
            guard campaign.status == .active, !closed.contains(campaign.id), !named.names(campaign),
                let contacts = live.contacts[campaign.id]?.kept, !contacts.isEmpty
            else { return nil }
            return (campaign, Set(contacts.lazy.flatMap(\.phoneNumbers)))
        }
    }

    private func compare(
        _ campaign: CampaignSpec, with other: (campaign: Campaign, numbers: Set<String>), _ builder: PlanBuilder
    ) {
        let overlap = campaign.contacts.lazy.filter { $0.state.phoneNumbers.contains(where: other.numbers.contains) }
            .count
        guard overlap > 0 else { return }
        let otherKey = other.campaign.externalId ?? other.campaign.id
        let message =
            "new campaign \(Snippet(campaign.externalID)) has \(overlap) of its \(campaign.contacts.count) contacts' numbers in active campaign \(Snippet(otherKey)), which is not in the manifests and keeps dialling: they would be called twice"
        let hint =
            "if \(Snippet(campaign.externalID)) is \(Snippet(otherKey)) renamed, add previous_external_ids: [\(otherKey)] to it"
        let percent = Double(overlap) * 100 / Double(max(campaign.contacts.count, 1))
        let source = campaign.location
        if overlap > Self.minCount, percent > Self.maxPercent, !allow {
            builder.fail(.contactOverlap, message, at: source, hint: hint + ", or pass --allow-contact-overlap")
        } else {
            builder.warn(.contactOverlap, message, at: source, hint: hint)
        }
    }

    /// One number in two active campaigns of the manifests: a warning per pair, with the count.
    private func checkManifests(_ builder: PlanBuilder) {
        for pair in (manifestOverlaps ?? ManifestNumberOverlaps(desired)).pairs {
            builder.warn(
                .contactOverlap,
                "active campaigns \(Snippet(pair.first)) and \(Snippet(pair.second)) both hold \(pair.count) of the same number(s): those people would be called by both",
                at: pair.location)
        }
    }
}
