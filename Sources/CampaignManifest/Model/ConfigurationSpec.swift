/// A time window as the manifest states it.
public struct WindowSpec: Hashable, Sendable, Codable {
    public var days: [String]
    public var start: String
    public var end: String

    public init(days: [String], start: String, end: String) {
        self.days = days
        self.start = start
        self.end = end
    }
}

/// Windows that replace the defaults for the listed time zones.
public struct OverrideSpec: Hashable, Sendable, Codable {
    public var timezones: [String]
    public var windows: [WindowSpec]

    public init(timezones: [String], windows: [WindowSpec]) {
        self.timezones = timezones
        self.windows = windows
    }
}

/// A configuration's schedule, with the API's defaults filled in where the manifest is silent.
public struct ScheduleSpec: Hashable, Sendable, Codable {
    public var defaultTimezone: String
    public var defaultWindows: [WindowSpec]
    public var overrides: [OverrideSpec]
    public var scheduledWindows: [WindowSpec]?
    public var scheduledOverrides: [OverrideSpec]?
}

public struct DialingPolicySpec: Hashable, Sendable, Codable {
    public var maxAttempts: Int
    public var retryDelayMinutes: Int
    public var defaultCountryCode: String
}

public struct AgentSpec: Hashable, Sendable, Codable {
    public var agentID: String
    public var agentVersion: Int?
}

/// A configuration the org should have, keyed by its external_id.
public struct ConfigurationSpec: Hashable, Sendable {
    public var externalID: String
    public var name: String
    public var schedule: ScheduleSpec
    public var dialingPolicy: DialingPolicySpec
    public var agent: AgentSpec
    /// The UUID of a live configuration without external_id that this entry adopts (`id:`).
    public var adoptID: String?
    /// Where its entry starts in the manifests: its external_id key.
    public var location: SourceLocation
}
