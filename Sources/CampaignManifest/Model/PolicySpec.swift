/// What may be deleted, written in the manifests so that reviewers see it (off unless said).
public struct PolicySpec: Hashable, Sendable {
    /// Delete live configurations that no manifest names.
    public var pruneConfigurations = false
    /// Delete live campaigns that no manifest names.
    public var pruneCampaigns = false
    /// The default for campaigns' `prune_contacts`.
    public var pruneContacts = false
    /// The mass-delete guard: a plan deleting more than `maxDeletePercent` of a kind's live
    /// resources, and more than `minDeleteCount` of them, is refused unless allowed explicitly.
    public var maxDeletePercent: Double = 10
    public var minDeleteCount = 5
    public var location: SourceLocation?

    public init() {}
}

/// Everything the manifests say the org should be, checked and merged across files.
public struct DesiredState: Hashable, Sendable {
    public var configurations: [ConfigurationSpec] = []
    public var campaigns: [CampaignSpec] = []
    public var adHocContacts: AdHocContactsSpec?
    public var concurrency: ConcurrencySpec?
    public var policy = PolicySpec()
    /// The manifest files read, relative as given.
    public var files: [String] = []

    public init() {}

    public var contactCount: Int {
        campaigns.reduce(adHocContacts?.contacts.count ?? 0) { $0 + $1.contacts.count }
    }
}
