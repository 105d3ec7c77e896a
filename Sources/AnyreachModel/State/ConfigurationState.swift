/// What the manifests manage of a configuration, produced alike by the manifest decoder and by
/// the client's conversion of the live object, and compared through `fields`.
public struct ConfigurationState: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, schedule
        case dialingPolicy = "dialing_policy"
        case agent
    }

    public var name: String
    public var schedule: Schedule
    public var dialingPolicy: DialingPolicy
    public var agent: Agent

    public init(
        name: String, schedule: Schedule = Schedule(), dialingPolicy: DialingPolicy = DialingPolicy(), agent: Agent
    ) {
        self.name = name
        self.schedule = schedule
        self.dialingPolicy = dialingPolicy
        self.agent = agent
    }

    public var json: JSONValue {
        .keyed([CodingKeys.name: name, .schedule: schedule, .dialingPolicy: dialingPolicy, .agent: agent])
    }

    /// The field table: every leaf the manifests manage, by its API path.
    public static let fields: [StateField<ConfigurationState>] = [
        StateField([CodingKeys.name]) { $0.name.json },
        scheduleField(.defaultTimezone) { $0.defaultTimezone.json },
        scheduleField(.defaultWindows) { $0.defaultWindows.json },
        scheduleField(.overrides) { $0.overrides.json },
        scheduleField(.scheduledWindows) { $0.scheduledWindows.json },
        scheduleField(.scheduledOverrides) { $0.scheduledOverrides.json },
        policyField(.maxAttempts) { $0.maxAttempts.json },
        policyField(.retryDelayMinutes) { $0.retryDelayMinutes.json },
        policyField(.defaultCountryCode) { $0.defaultCountryCode.json },
        StateField([CodingKeys.agent, Agent.CodingKeys.agentID]) { $0.agent.agentID.json },
        StateField([CodingKeys.agent, Agent.CodingKeys.agentVersion]) { $0.agent.agentVersion.json },
    ]

    private static func scheduleField(_ key: Schedule.CodingKeys, _ value: @escaping @Sendable (Schedule) -> JSONValue)
        -> StateField<ConfigurationState>
    {
        StateField([CodingKeys.schedule, key]) { value($0.schedule) }
    }

    private static func policyField(
        _ key: DialingPolicy.CodingKeys, _ value: @escaping @Sendable (DialingPolicy) -> JSONValue
    )
        -> StateField<ConfigurationState>
    {
        StateField([CodingKeys.dialingPolicy, key]) { value($0.dialingPolicy) }
    }
}
