/// When a configuration's campaigns may call (§6.1), with the API's defaults where unset.
public struct Schedule: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case defaultTimezone = "default_timezone"
        case defaultWindows = "default_windows"
        case overrides
        case scheduledWindows = "scheduled_windows"
        case scheduledOverrides = "scheduled_overrides"
    }

    public var defaultTimezone: String
    public var defaultWindows: [TimeWindow]
    public var overrides: [ScheduleOverride]
    public var scheduledWindows: [TimeWindow]?
    public var scheduledOverrides: [ScheduleOverride]?

    public init(
        defaultTimezone: String = Contract.defaultTimezone, defaultWindows: [TimeWindow] = [],
        overrides: [ScheduleOverride] = [], scheduledWindows: [TimeWindow]? = nil,
        scheduledOverrides: [ScheduleOverride]? = nil
    ) {
        self.defaultTimezone = defaultTimezone
        self.defaultWindows = defaultWindows
        self.overrides = overrides
        self.scheduledWindows = scheduledWindows
        self.scheduledOverrides = scheduledOverrides
    }

    public var json: JSONValue {
        .keyed([
            CodingKeys.defaultTimezone: defaultTimezone, .defaultWindows: defaultWindows, .overrides: overrides,
            .scheduledWindows: scheduledWindows, .scheduledOverrides: scheduledOverrides,
        ])
    }
}

/// How often and how far apart a contact is tried, and how bare numbers are read.
public struct DialingPolicy: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case maxAttempts = "max_attempts"
        case retryDelayMinutes = "retry_delay_minutes"
        case defaultCountryCode = "default_country_code"
    }

    public var maxAttempts: Int
    public var retryDelayMinutes: Int
    public var defaultCountryCode: String

    public init(
        maxAttempts: Int = Contract.defaultMaxAttempts, retryDelayMinutes: Int = Contract.defaultRetryDelayMinutes,
        defaultCountryCode: String = Contract.defaultCountryCode
    ) {
        self.maxAttempts = maxAttempts
        self.retryDelayMinutes = retryDelayMinutes
        self.defaultCountryCode = defaultCountryCode
    }

    public var json: JSONValue {
        .keyed([
            CodingKeys.maxAttempts: maxAttempts, .retryDelayMinutes: retryDelayMinutes,
            .defaultCountryCode: defaultCountryCode,
        ])
    }
}

/// The voice agent a configuration's calls use.
public struct Agent: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case agentID = "agent_id"
        case agentVersion = "agent_version"
    }

    public var agentID: String
    /// Nil: the agent's latest version.
    public var agentVersion: Int?

    public init(agentID: String, agentVersion: Int? = nil) {
        self.agentID = agentID
        self.agentVersion = agentVersion
    }

    public var json: JSONValue { .keyed([CodingKeys.agentID: agentID, .agentVersion: agentVersion]) }
}
