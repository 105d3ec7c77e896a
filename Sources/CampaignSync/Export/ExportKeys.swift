import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// The manifest keys of live resources (their external_id, or, for those without one, a key
/// suggested from the name that `plan` then proposes to set as their external_id) and the file
/// each is written to.
struct ExportKeys {
    private(set) var configurations: [String: String] = [:]
    private(set) var campaigns: [String: String] = [:]
    /// File name stems by live id, unique within their directory even where distinct keys spell
    /// the same file name (`a/b` and `a_b`, or `Q3` and `q3` on a case-insensitive disk).
    private(set) var configurationFiles: [String: String] = [:]
    private(set) var campaignFiles: [String: String] = [:]

    /// The ad-hoc contacts' file stem, kept from every campaign's contacts file.
    static let adHocFile = "adhoc"

    init(_ snapshot: OrgSnapshot) {
        var taken = Set(snapshot.configurations.compactMap(\.externalId))
        var files: Set<String> = []
        for config in snapshot.configurations {
            let key = config.externalId ?? Self.suggest(config.name, fallback: "configuration", taken: &taken)
            configurations[config.id] = key
            configurationFiles[config.id] = Self.uniqueFile(key, taken: &files)
        }
        taken = Set(snapshot.campaigns.compactMap(\.externalId))
        files = [Self.adHocFile]
        for campaign in snapshot.campaigns {
            let key = campaign.externalId ?? Self.suggest(campaign.name, fallback: "campaign", taken: &taken)
            campaigns[campaign.id] = key
            campaignFiles[campaign.id] = Self.uniqueFile(key, taken: &files)
        }
    }

    /// A lowercase slug of the name, made unique with `-2`, `-3`…; never empty, `default` or
    /// UUID-shaped (a name spelling a UUID), which a campaign's key can't be (a configuration's
    /// could, but one rule for both keeps suggestions plain).
    static func suggest(_ name: String, fallback: String, taken: inout Set<String>) -> String {
        let slug = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
        let base =
            slug.isEmpty || slug == Contract.adHocCampaignID || ExternalIDRules.isUUIDShaped(slug)
            ? fallback : String(slug.prefix(200))
        let key = unique(base, taken: taken)
        taken.insert(key)
        return key
    }

    /// A contact's key: its external_id, or `contact-` and its id.
    static func contactKey(_ contact: LiveContact) -> String {
        contact.externalID ?? "contact-\(contact.id.lowercased())"
    }

    /// A file name stem for a key: anything but letters, digits, `.`, `_` and `-` becomes `_`;
    /// `-2`, `-3`… when another file of the directory already has that name in any case
    /// (`taken` holds the stems used so far, lowercased).
    static func uniqueFile(_ key: String, taken: inout Set<String>) -> String {
        let stem = String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
            .prefix(200)
        var candidate = String(stem)
        var number = 2
        while taken.contains(candidate.lowercased()) {
            candidate = "\(stem)-\(number)"
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    private static func unique(_ base: String, taken: Set<String>) -> String {
        var candidate = base
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
