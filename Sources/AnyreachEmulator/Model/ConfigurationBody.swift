import AnyreachAPI
import AnyreachModel

/// A time window as stored and served (§6.1).
struct TimeWindow: Codable, Hashable, Sendable {
    var days: [String]
    var start: String
    var end: String
}

/// Windows that replace the defaults for the listed time zones.
struct ScheduleOverride: Codable, Hashable, Sendable {
    var timezones: [String]
    var windows: [TimeWindow]
}

struct Schedule: Codable, Hashable, Sendable {
    var defaultTimezone: String = Contract.defaultTimezone
    var defaultWindows: [TimeWindow] = []
    var overrides: [ScheduleOverride] = []
    var scheduledWindows: [TimeWindow]?
    var scheduledOverrides: [ScheduleOverride]?

    enum CodingKeys: String, CodingKey {
        case defaultTimezone = "default_timezone"
        case defaultWindows = "default_windows"
        case overrides
        case scheduledWindows = "scheduled_windows"
        case scheduledOverrides = "scheduled_overrides"
    }
}

struct DialingPolicy: Codable, Hashable, Sendable {
    var maxAttempts: Int = Contract.defaultMaxAttempts
    var retryDelayMinutes: Int = Contract.defaultRetryDelayMinutes
    var defaultCountryCode: String = Contract.defaultCountryCode

    enum CodingKeys: String, CodingKey {
        case maxAttempts = "max_attempts"
        case retryDelayMinutes = "retry_delay_minutes"
        case defaultCountryCode = "default_country_code"
    }
}

struct AgentSettings: Codable, Hashable, Sendable {
    var agentID: String
    var agentVersion: Int?

    enum CodingKeys: String, CodingKey {
        case agentID = "agent_id"
        case agentVersion = "agent_version"
    }
}

/// Everything of a configuration but its identity and timestamps: what create and PATCH set.
struct ConfigurationBody: Codable, Hashable, Sendable {
    var name: String
    var externalID: String?
    var schedule: Schedule
    var dialingPolicy: DialingPolicy
    var agent: AgentSettings

    enum CodingKeys: String, CodingKey {
        case name
        case externalID = "external_id"
        case schedule
        case dialingPolicy = "dialing_policy"
        case agent
    }
}

extension ConfigurationBody {
    /// The body as the JSON object a merge patch applies to: every field present, nulls included.
    func jsonObject() -> [String: JSONValue] {
        var schedule: [String: JSONValue] = [
            "default_timezone": .string(self.schedule.defaultTimezone),
            "default_windows": .windows(self.schedule.defaultWindows),
            "overrides": .overrides(self.schedule.overrides),
            "scheduled_windows": self.schedule.scheduledWindows.map(JSONValue.windows) ?? .null,
            "scheduled_overrides": self.schedule.scheduledOverrides.map(JSONValue.overrides) ?? .null,
        ]
        schedule = schedule.filter { $0.value != .null }
        return [
            "name": .string(name),
            "external_id": externalID.map(JSONValue.string) ?? .null,
            "schedule": .object(schedule),
            "dialing_policy": .object([
                "max_attempts": .int(Int64(dialingPolicy.maxAttempts)),
                "retry_delay_minutes": .int(Int64(dialingPolicy.retryDelayMinutes)),
                "default_country_code": .string(dialingPolicy.defaultCountryCode),
            ]),
            "agent": .object([
                "agent_id": .string(agent.agentID),
                "agent_version": agent.agentVersion.map { .int(Int64($0)) } ?? .null,
            ]).filteringNulls(),
        ].filter { $0.value != .null }
    }
}

extension JSONValue {
    static func windows(_ windows: [TimeWindow]) -> JSONValue {
        .array(
            windows.map {
                .object([
                    "days": .array($0.days.map(JSONValue.string)), "start": .string($0.start), "end": .string($0.end),
                ])
            })
    }

    static func overrides(_ overrides: [ScheduleOverride]) -> JSONValue {
        .array(
            overrides.map {
                .object(["timezones": .array($0.timezones.map(JSONValue.string)), "windows": .windows($0.windows)])
            })
    }

    func filteringNulls() -> JSONValue {
        guard case .object(let object) = self else { return self }
        return .object(object.filter { $0.value != .null })
    }
}
