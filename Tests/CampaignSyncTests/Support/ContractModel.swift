import AnyreachAPI
import AnyreachModel
import CampaignSync

@testable import AnyreachClient

/// An in-memory model of the `/campaign` contract (/work/shared/anyreach-api.md), small enough to
/// trust by reading: configurations, campaigns with their lifecycle, contacts with upsert
/// semantics (absent keeps, `null` clears), and the refusals a plan must never run into.
///
/// A value type, so a test can keep the state before a step and compare.
struct ContractModel {
    /// What the API would answer instead of success.
    struct Refusal: Error, CustomStringConvertible {
        var status: Int
        var description: String
    }

    struct StoredConfiguration: Equatable {
        var id: String
        var externalID: String?
        /// `name`, `schedule`, `dialing_policy`, `agent`, defaults filled in.
        var fields: [String: JSONValue]
    }

    struct StoredContact: Equatable {
        var id: String
        var externalID: String?
        /// The nine managed fields, null where unset and `data` `{}`.
        var fields: [String: JSONValue]
        var status: Components.Schemas.ContactStatus = .pending
    }

    struct StoredCampaign: Equatable {
        var id: String
        var externalID: String?
        var name: String
        var configurationID: String
        var status: Components.Schemas.CampaignStatus
        var priority: Int
        var contacts: [StoredContact] = []
    }

    static let contactFields = [
        "phone_numbers", "data", "timezone", "scheduled_at", "agent_id", "agent_version",
        "agent_number", "agent_config", "initial_context",
    ]

    var configurations: [StoredConfiguration] = []
    var campaigns: [StoredCampaign] = []
    var adHoc: [StoredContact] = []
    var concurrencyLimit = 10
    private var issued = 0

    init(firstID: Int = 1) {
        issued = firstID - 1
    }

    mutating func newID() -> String {
        issued += 1
        return Live.uuid(issued)
    }

    // MARK: - Lookups

    /// `{id}` of campaign routes: the UUID first, then the external_id (§3.2).
    func campaignIndex(_ reference: String) -> Int? {
        campaigns.firstIndex { $0.id == reference } ?? campaigns.firstIndex { $0.externalID == reference }
    }

    func configuration(externalID: String) -> StoredConfiguration? {
        configurations.first { $0.externalID == externalID }
    }

    func campaign(externalID: String) -> StoredCampaign? {
        campaigns.first { $0.externalID == externalID }
    }

    /// The contacts under `{id}`: a campaign's, or the ad-hoc list for `default`.
    func contacts(of reference: String) throws(Refusal) -> [StoredContact] {
        if reference == Contract.adHocCampaignID { return adHoc }
        guard let index = campaignIndex(reference) else {
            throw Refusal(status: 404, description: "no campaign \(reference)")
        }
        return campaigns[index].contacts
    }

    mutating func setContacts(_ contacts: [StoredContact], of reference: String) {
        if reference == Contract.adHocCampaignID {
            adHoc = contacts
        } else {
            campaigns[campaignIndex(reference)!].contacts = contacts
        }
    }
}

// MARK: - Contacts

extension ContractModel {
    /// Applies upsert items to `contacts` (§4.2, §10): match by `id`, else by `external_id`;
    /// update what the item carries, `null` clearing; insert needs `phone_numbers`. Atomic: a
    /// request that would fail leaves everything as it was (the caller assigns the result).
    mutating func upserting(_ items: [JSONValue], into contacts: [StoredContact], limit: ClosedRange<Int>)
        throws(Refusal) -> [StoredContact]
    {
        guard limit.contains(items.count) else {
            throw Refusal(status: 422, description: "\(items.count) items, allowed \(limit)")
        }
        var result = contacts
        var byExternalID: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for (index, contact) in result.enumerated() {
            byID[contact.id] = index
            if let key = contact.externalID { byExternalID[key] = index }
        }
        var seen = Set<String>()
        for item in items {
            guard let fields = item.objectValue else {
                throw Refusal(status: 422, description: "item is not an object")
            }
            if let key = fields["external_id"]?.stringValue, !seen.insert(key).inserted {
                throw Refusal(status: 422, description: "external_id \(key) twice in one request")
            }
            let match =
                fields["id"]?.stringValue.flatMap { byID[$0] }
                ?? fields["external_id"]?.stringValue.flatMap { byExternalID[$0] }
            if let match {
                result[match].fields = Self.updated(result[match].fields, with: fields)
            } else {
                let contact = try insert(fields)
                byID[contact.id] = result.count
                if let key = contact.externalID { byExternalID[key] = result.count }
                result.append(contact)
            }
        }
        return result
    }

    private static func updated(_ stored: [String: JSONValue], with item: [String: JSONValue]) -> [String: JSONValue] {
        var fields = stored
        for key in contactFields {
            guard let value = item[key] else { continue }
            fields[key] = key == "data" && value == .null ? .object([:]) : value
        }
        return fields
    }

    private mutating func insert(_ item: [String: JSONValue]) throws(Refusal) -> StoredContact {
        guard case .array(let phones)? = item["phone_numbers"], !phones.isEmpty else {
            throw Refusal(status: 422, description: "insert without phone_numbers")
        }
        var fields: [String: JSONValue] = Dictionary(
            uniqueKeysWithValues: Self.contactFields.map { ($0, JSONValue.null) })
        fields["data"] = .object([:])
        return StoredContact(
            id: newID(), externalID: item["external_id"]?.stringValue, fields: Self.updated(fields, with: item))
    }
}

// MARK: - Configurations

extension ContractModel {
    /// A JSON merge patch (RFC 7396) where `null` restores the default (§6.2).
    static func merge(_ target: JSONValue?, _ patch: JSONValue, defaults: JSONValue?) -> JSONValue? {
        guard case .object(let changes) = patch else { return patch == .null ? defaults : patch }
        var result = target?.objectValue ?? defaults?.objectValue ?? [:]
        for (key, value) in changes {
            result[key] = merge(result[key], value, defaults: defaults?.objectValue?[key])
        }
        return .object(result)
    }

    /// The stored fields of a created configuration: the body over the defaults.
    static func createdConfiguration(_ body: [String: JSONValue]) throws(Refusal) -> [String: JSONValue] {
        var parts = body
        parts["external_id"] = nil
        let fields =
            merge(.object(Live.configurationDefaults), .object(parts), defaults: .object(Live.configurationDefaults))?
            .objectValue ?? [:]
        guard fields["name"]?.stringValue != nil, fields["agent"]?.objectValue?["agent_id"]?.stringValue != nil else {
            throw Refusal(status: 422, description: "configuration without name or agent.agent_id")
        }
        return fields
    }
}
