/// A campaign to create. Its configuration is named by key: a configuration this plan creates
/// has no UUID until apply, which puts it into `configuration_id` then. Inline contacts travel
/// beside it (the plan operation's contacts), not inside it.
public struct CampaignCreate: Hashable, Sendable {
    public var externalID: String
    public var name: String
    public var priority: Int
    /// The configuration's external_id in the manifests.
    public var configuration: String
    /// Its UUID when it was live at planning time.
    public var configurationID: String?

    public init(externalID: String, name: String, priority: Int, configuration: String, configurationID: String?) {
        self.externalID = externalID
        self.name = name
        self.priority = priority
        self.configuration = configuration
        self.configurationID = configurationID
    }
}

/// A JSON merge patch of a campaign's fields; a new configuration is named by key and resolved
/// to its UUID at apply, as for creates.
public struct CampaignPatch: Hashable, Sendable {
    public var externalID: FieldPatch<String> = .absent
    public var name: FieldPatch<String> = .absent
    public var priority: FieldPatch<Int> = .absent
    /// The configuration (by external_id) to move to, when it changes.
    public var configuration: String?

    public init() {}

    public var isEmpty: Bool { self == CampaignPatch() }
}
