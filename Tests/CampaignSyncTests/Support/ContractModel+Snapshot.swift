import AnyreachAPI
import AnyreachModel
import CampaignSync

@testable import AnyreachClient

/// The model as the client reads it (`readOrg`): everything but contacts, and the contacts of
/// the named campaigns and of `default` when asked.
extension ContractModel {
    ///
    /// With `expectations`, contacts go through `LiveContacts` as `readOrg` feeds it: in pages of
    /// seven, last page first (pages arrive in any order), so that unchanged ones are not kept.
    func snapshot(
        contactsOf campaignKeys: Set<String>, includeAdHoc: Bool,
        expecting expectations: [String: ContactExpectation]? = nil
    ) -> OrgSnapshot {
        var contacts: [String: [Contact]] = [:]
        for campaign in campaigns where campaign.externalID.map(campaignKeys.contains) ?? false {
            contacts[campaign.id] = Self.live(campaign.contacts, campaignID: campaign.id)
        }
        if includeAdHoc { contacts[Contract.adHocCampaignID] = Self.live(adHoc, campaignID: nil) }
        var snapshot = Live.snapshot(
            configurations: configurations.map {
                Live.configuration(id: $0.id, externalID: $0.externalID, fields: $0.fields)
            },
            campaigns: campaigns.map(Self.live), contacts: contacts, concurrencyLimit: concurrencyLimit)
        if let expectations {
            for (id, list) in contacts {
                let reference = id == Contract.adHocCampaignID ? id : campaigns.first { $0.id == id }?.externalID
                snapshot.contacts[id] = Self.paged(list.map(LiveContact.init), expectations[reference ?? ""])
            }
        }
        return snapshot
    }

    private static func paged(_ contacts: [LiveContact], _ expectation: ContactExpectation?) -> LiveContacts {
        var live = LiveContacts(expecting: expectation)
        for start in stride(from: 0, to: contacts.count, by: 7).reversed() {
            live.take(Array(contacts[start..<min(start + 7, contacts.count)]), at: start)
        }
        live.finish()
        return live
    }

    /// Every campaign's contacts and the ad-hoc ones.
    func fullSnapshot() -> OrgSnapshot {
        snapshot(contactsOf: Set(campaigns.compactMap(\.externalID)), includeAdHoc: true)
    }

    private static func live(_ campaign: StoredCampaign) -> Campaign {
        Live.campaign(
            id: campaign.id, externalID: campaign.externalID, name: campaign.name,
            configurationID: campaign.configurationID,
            status: campaign.status, priority: campaign.priority)
    }

    private static func live(_ contacts: [StoredContact], campaignID: String?) -> [Contact] {
        contacts.map {
            Live.builtContact(
                id: $0.id, externalID: $0.externalID, campaignID: campaignID, fields: $0.fields, status: $0.status)
        }
    }
}
