/// What one manifest file says, before files are merged.
struct ManifestFragment {
    var configurations: [ConfigurationSpec] = []
    var campaigns: [CampaignSpec] = []
    var adHocContacts: AdHocContactsSpec?
    var concurrency: ConcurrencySpec?
    var policy: PolicySpec?
    /// `live_configurations`: configurations campaigns may name that only the live org has.
    var liveConfigurations: [(key: String, location: SourceLocation)] = []
    /// Configurations this file defines that failed to load (their problems are reported).
    var brokenConfigurations: Set<String> = []
}
