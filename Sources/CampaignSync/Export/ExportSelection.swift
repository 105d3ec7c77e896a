public import AnyreachAPI
public import AnyreachClient
import AnyreachModel

/// What `export --target` and `import` write of the org: the targeted resources, and what a
/// targeted campaign needs to load (its configuration). Campaign and contacts targets both
/// write the campaign with its contacts, since a campaign's file names its contacts files.
public struct ExportSelection: Sendable {
    public let targets: [ResourceTarget]

    public init(targets: [ResourceTarget]) {
        self.targets = targets
    }

    /// Whether a live campaign is written (and its contacts read).
    public func includes(_ campaign: Campaign) -> Bool {
        targets.selectCampaign(named: campaign.names)
    }

    public var includesAdHocContacts: Bool { targets.contains { $0.kind == .adhoc } }
    public var includesConcurrency: Bool { targets.contains { $0.kind == .concurrency } }

    /// The snapshot cut down to what is written, and the options that leave out org settings
    /// nobody targeted.
    public func apply(to snapshot: OrgSnapshot, options: inout ExportOptions) -> OrgSnapshot {
        var selected = snapshot
        selected.campaigns = snapshot.campaigns.filter(includes)
        let needed = Set(selected.campaigns.map(\.configurationId))
        selected.configurations = snapshot.configurations.filter { configuration in
            needed.contains(configuration.id) || targets.selectConfiguration(named: configuration.names)
        }
        let kept = Set(selected.campaigns.map(\.id) + (includesAdHocContacts ? [Contract.adHocCampaignID] : []))
        selected.contacts = snapshot.contacts.filter { kept.contains($0.key) }
        options.concurrency = includesConcurrency
        options.adHocContacts = includesAdHocContacts
        return selected
    }
}
