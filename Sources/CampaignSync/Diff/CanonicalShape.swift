import AnyreachAPI
import AnyreachModel

/// The one shape both sides of a configuration comparison are written in; `DesiredCanonical`
/// and `LiveCanonical` only read their own types into it.
enum CanonicalShape {
    struct Window {
        var days: [String]
        var start: String
        var end: String
    }

    struct Override {
        var timezones: [String]
        var windows: [Window]
    }

    struct Configuration {
        var name: String
        var timezone: String
        var windows: [Window]
        var overrides: [Override]
        var scheduledWindows: [Window]?
        var scheduledOverrides: [Override]?
        var maxAttempts: Int
        var retryDelayMinutes: Int
        var countryCode: String
        var agentID: String
        var agentVersion: Int?
    }

    static func object(_ config: Configuration) -> [String: JSONValue] {
        [
            "name": .string(config.name),
            "schedule": .object([
                "default_timezone": .string(config.timezone),
                "default_windows": windows(config.windows),
                "overrides": overrides(config.overrides),
                "scheduled_windows": config.scheduledWindows.map(windows) ?? .null,
                "scheduled_overrides": config.scheduledOverrides.map(overrides) ?? .null,
            ]),
            "dialing_policy": .object([
                "max_attempts": .int(Int64(config.maxAttempts)),
                "retry_delay_minutes": .int(Int64(config.retryDelayMinutes)),
                "default_country_code": .string(config.countryCode),
            ]),
            "agent": .object(["agent_id": .string(config.agentID), "agent_version": config.agentVersion.map { .int(Int64($0)) } ?? .null]),
        ]
    }

    static func windows(_ windows: [Window]) -> JSONValue {
        .array(windows.map { .object(["days": .array($0.days.map(JSONValue.string)), "start": .string($0.start), "end": .string($0.end)]) })
    }

    static func overrides(_ overrides: [Override]) -> JSONValue {
        .array(overrides.map { .object(["timezones": .array($0.timezones.map(JSONValue.string)), "windows": windows($0.windows)]) })
    }
}
