public import AnyreachAPI
public import AnyreachClient
import AnyreachModel
public import CampaignManifest

/// One managed campaign as `status` shows it: the status the manifests want beside the live
/// one, and the dialer's numbers.
public struct StatusRow: Encodable, Sendable, Hashable {
    public var campaign: String
    public var wanted: String
    /// The live status, or `missing` when the org has no such campaign.
    public var live: String
    public var contacts: Components.Schemas.ContactCounts?
    public var attempts: Int?
    public var activeCalls: Int?

    public static let missing = "missing"

    public init(
        campaign: String, wanted: String, live: String, contacts: Components.Schemas.ContactCounts? = nil,
        attempts: Int? = nil, activeCalls: Int? = nil
    ) {
        self.campaign = campaign
        self.wanted = wanted
        self.live = live
        self.contacts = contacts
        self.attempts = attempts
        self.activeCalls = activeCalls
    }

    /// Whether the org runs the campaign as the manifests want.
    public var isAsWanted: Bool { live == wanted }

    enum CodingKeys: String, CodingKey {
        case campaign, wanted, live, contacts, attempts
        case activeCalls = "active_calls"
    }
}

extension StatusRow {
    /// A row per campaign of `desired`, in manifest order: the join of wanted and live, with each
    /// live campaign's statistics. Campaigns the manifests don't name are not shown.
    public static func rows(for desired: DesiredState, client: AnyreachClient) async throws -> [StatusRow] {
        let live = try await client.listAllCampaigns()
        var rows: [StatusRow] = []
        for spec in desired.campaigns {
            let wanted = spec.status.rawValue
            guard let campaign = live.first(where: { $0.externalId == spec.externalID }) else {
                rows.append(StatusRow(campaign: spec.externalID, wanted: wanted, live: missing))
                continue
            }
            let stats = try await client.campaignStats(campaign.id)
            rows.append(
                StatusRow(
                    campaign: spec.externalID, wanted: wanted, live: campaign.status.rawValue,
                    contacts: stats.contacts, attempts: stats.attempts.total,
                    activeCalls: stats.activeCalls))
        }
        return rows
    }
}
