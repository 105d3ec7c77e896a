import AnyreachAPI
public import AnyreachClient
import AnyreachModel

/// Writes the live org as manifests in the project's own format, with stable order and
/// formatting: exporting an unchanged org twice gives the same bytes, and planning with the
/// export gives an empty plan.
public struct ManifestExporter: Sendable {
    public let snapshot: OrgSnapshot
    public let options: ExportOptions

    public init(snapshot: OrgSnapshot, options: ExportOptions) {
        self.snapshot = snapshot
        self.options = options
    }

    public func files() -> [ExportedFile] {
        let keys = ExportKeys(snapshot)
        var files = snapshot.configurations.map {
            ConfigurationExport(
                config: $0, key: keys.configurations[$0.id]!, fileStem: keys.configurationFiles[$0.id]!,
                withDefaults: options.withDefaults
            ).file()
        }
        for campaign in snapshot.campaigns where snapshot.contacts[campaign.id] != nil || options.contacts == .none {
            let key = keys.campaigns[campaign.id]!
            let fileStem = keys.campaignFiles[campaign.id]!
            let contacts =
                options.contacts == .none
                ? nil
                : ContactExport(
                    fileStem: fileStem, contacts: snapshot.contacts[campaign.id]?.kept ?? [], format: options.contacts)
            files.append(
                campaignFile(
                    campaign, key: key, fileStem: fileStem,
                    configurationKey: keys.configurations[campaign.configurationId] ?? campaign.configurationId,
                    contacts: contacts))
            if let contacts, !contacts.contacts.isEmpty { files.append(contacts.file()) }
        }
        files += orgFiles()
        return files.sorted { $0.path < $1.path }
    }

    private func campaignFile(
        _ campaign: Campaign, key: String, fileStem: String, configurationKey: String, contacts: ContactExport?
    ) -> ExportedFile {
        var yaml = YAMLText()
        yaml.key("campaigns", indent: 0)
        yaml.key(key, indent: 1)
        if campaign.externalId == nil {
            yaml.comment(
                campaign.status == .closed
                    ? "This campaign is closed and has no external_id live: it can't be given one, so it stays matched by id."
                    : "This campaign has no external_id live: plan proposes to give it \"\(key)\".", indent: 2)
            yaml.field("id", .string(campaign.id), indent: 2)
        }
        yaml.field("name", .string(campaign.name), indent: 2)
        yaml.field("configuration", .string(configurationKey), indent: 2)
        if options.withDefaults || campaign.status != .active {
            yaml.field("status", .string(campaign.status.rawValue), indent: 2)
        }
        if options.withDefaults || campaign.priority != Contract.defaultPriority {
            yaml.field("priority", .int(Int64(campaign.priority)), indent: 2)
        }
        if let contacts, !contacts.contacts.isEmpty { contacts.reference(into: &yaml, indent: 2, from: "campaigns") }
        return ExportedFile(path: "campaigns/\(fileStem).yaml", contents: yaml.text)
    }

    /// `org.yaml`: the concurrency limit and the ad-hoc contacts.
    private func orgFiles() -> [ExportedFile] {
        var yaml = YAMLText()
        var files: [ExportedFile] = []
        let limit = snapshot.concurrency.concurrencyLimit
        if options.concurrency, options.withDefaults || limit != Contract.defaultConcurrencyLimit {
            yaml.key("concurrency", indent: 0)
            yaml.field("limit", .int(Int64(limit)), indent: 1)
        }
        if options.adHocContacts, options.contacts != .none,
            let adHoc = snapshot.contacts[Contract.adHocCampaignID]?.kept,
            !adHoc.isEmpty
        {
            let export = ContactExport(fileStem: ExportKeys.adHocFile, contacts: adHoc, format: options.contacts)
            yaml.key("adhoc_contacts", indent: 0)
            export.reference(into: &yaml, indent: 1, from: ".")
            files.append(export.file())
        }
        guard !yaml.lines.isEmpty else { return files }
        return files + [ExportedFile(path: "org.yaml", contents: yaml.text)]
    }
}
