import AnyreachAPI
import AnyreachClient
import CampaignManifest

extension Set<String> {
    /// Whether a live campaign goes by one of these names (`DesiredState.campaignNames`).
    func names(_ campaign: Campaign) -> Bool {
        (campaign.externalId.map(contains) ?? false) || contains(campaign.id.lowercased())
    }
}
