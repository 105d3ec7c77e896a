/// A campaign's lifecycle state (§3.2): born active, paused and started at will, closed for good.
public enum CampaignStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case active, paused, closed
}

/// What the manifests manage of a campaign besides its contacts. Its configuration is a reference
/// to another resource, resolved by the planner (a key in the manifests, a UUID live), so it is
/// not a field of this value.
public struct CampaignState: Hashable, Sendable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, priority, status
        /// The API's name for the configuration reference, which manifests call `configuration`.
        case configurationID = "configuration_id"
        case contacts
    }

    public var name: String
    public var priority: Int
    public var status: CampaignStatus

    public init(name: String, priority: Int = Contract.defaultPriority, status: CampaignStatus = .active) {
        self.name = name
        self.priority = priority
        self.status = status
    }

    public var json: JSONValue { .keyed([CodingKeys.name: name, .priority: priority, .status: status.rawValue]) }

    /// The fields a campaign patch can change; status moves through lifecycle calls instead.
    public static let fields: [StateField<CampaignState>] = [
        StateField([CodingKeys.name]) { $0.name.json },
        StateField([CodingKeys.priority]) { $0.priority.json },
    ]
}
