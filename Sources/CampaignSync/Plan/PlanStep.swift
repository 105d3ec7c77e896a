public import AnyreachModel

/// What one operation does, with its typed payload: the request the client sends is built from
/// it, the renderers and the checks read it, and nothing can name a call apply doesn't know.
public enum PlanStep: Hashable, Sendable {
    case createConfiguration(ConfigurationState)
    case patchConfiguration(ConfigurationPatch)
    case deleteConfiguration
    case createCampaign(CampaignCreate)
    case patchCampaign(CampaignPatch)
    case startCampaign, pauseCampaign, closeCampaign
    /// The items are the operation's contacts, in batches of at most 1000.
    case upsertContacts
    case deleteContacts
    case setConcurrency(limit: Int)

    public var resource: ResourceKind {
        switch self {
        case .createConfiguration, .patchConfiguration, .deleteConfiguration: .configuration
        case .createCampaign, .patchCampaign, .startCampaign, .pauseCampaign, .closeCampaign: .campaign
        case .upsertContacts, .deleteContacts: .contacts
        case .setConcurrency: .concurrency
        }
    }

    public var action: PlanAction {
        switch self {
        case .createConfiguration, .createCampaign: .create
        case .patchConfiguration, .patchCampaign: .patch
        case .deleteConfiguration: .delete
        case .startCampaign: .start
        case .pauseCampaign: .pause
        case .closeCampaign: .close
        case .upsertContacts: .upsertContacts
        case .deleteContacts: .deleteContacts
        case .setConcurrency: .setConcurrency
        }
    }

    /// The lifecycle step that moves a campaign to `status`, and the status each one reaches.
    public static func lifecycle(to status: CampaignStatus) -> PlanStep {
        switch status {
        case .active: .startCampaign
        case .paused: .pauseCampaign
        case .closed: .closeCampaign
        }
    }

    public var reachedStatus: CampaignStatus? {
        switch self {
        case .startCampaign: .active
        case .pauseCampaign: .paused
        case .closeCampaign: .closed
        default: nil
        }
    }

    /// The configuration (by key) whose UUID apply puts into the request.
    public var configurationKey: String? {
        switch self {
        case .createCampaign(let create): create.configuration
        case .patchCampaign(let patch): patch.configuration
        default: nil
        }
    }
}
