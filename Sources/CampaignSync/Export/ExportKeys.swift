import AnyreachAPI
import AnyreachClient

/// The manifest keys of live resources: their external_id, or, for those without one, a key
/// suggested from the name that `plan` then proposes to set as their external_id.
struct ExportKeys {
    private(set) var configurations: [String: String] = [:]
    private(set) var campaigns: [String: String] = [:]

    init(_ snapshot: OrgSnapshot) {
        var taken = Set(snapshot.configurations.compactMap(\.externalId))
        for config in snapshot.configurations {
            configurations[config.id] = config.externalId ?? Self.suggest(config.name, fallback: "configuration", id: config.id, taken: &taken)
        }
        taken = Set(snapshot.campaigns.compactMap(\.externalId))
        for campaign in snapshot.campaigns {
            campaigns[campaign.id] = campaign.externalId ?? Self.suggest(campaign.name, fallback: "campaign", id: campaign.id, taken: &taken)
        }
    }

    /// A lowercase slug of the name, made unique; never UUID-shaped or `default`.
    static func suggest(_ name: String, fallback: String, id: String, taken: inout Set<String>) -> String {
        let slug = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
        var base = slug.isEmpty || slug == Contract.adHocCampaignID ? "\(fallback)-\(id.prefix(8))" : String(slug.prefix(200))
        if taken.contains(base) { base += "-\(id.prefix(8))" }
        taken.insert(base)
        return base
    }

    /// A contact's key: its external_id, or `contact-` and the start of its id.
    static func contactKey(_ contact: Contact) -> String {
        contact.externalId ?? "contact-\(contact.id.lowercased())"
    }

    /// A file name for a key: anything but letters, digits, `.`, `_` and `-` becomes `_`.
    static func fileName(_ key: String) -> String {
        String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
    }
}
