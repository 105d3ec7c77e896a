import AnyreachAPI
import AnyreachModel
import PhoneNumbers

/// Where contacts live: a campaign (with the configuration that normalizes its numbers) or the
/// org's ad-hoc `default` list.
enum ContactScope: Sendable {
    case campaign(CampaignRecord, ConfigurationRecord)
    case adHoc

    /// The value of the `contact.campaign` column.
    var key: String {
        switch self {
        case .campaign(let campaign, _): campaign.id
        case .adHoc: Contract.adHocCampaignID
        }
    }

    var campaignID: String? {
        if case .campaign(let campaign, _) = self { return campaign.id }
        return nil
    }

    var isClosed: Bool {
        if case .campaign(let campaign, _) = self { return campaign.status == "closed" }
        return false
    }

    /// Numbers under `default` must already be E.164; elsewhere the configuration's country code applies (§4.3).
    var phoneRule: ContactInput.PhoneRule {
        switch self {
        case .campaign(_, let configuration):
            .normalize(CallingCode(configuration.body.dialingPolicy.defaultCountryCode) ?? .northAmerica)
        case .adHoc:
            .e164Only
        }
    }
}
