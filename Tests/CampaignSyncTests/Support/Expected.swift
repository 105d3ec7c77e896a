import AnyreachAPI
import AnyreachModel
import CampaignManifest
import CampaignSync

/// What the org holds once a manifest's resource is applied, written from the contract rather
/// than from the planner's own canonical forms, so the property test checks the planner against
/// an independent statement of the goal.
enum Expected {
    static func configuration(_ spec: ConfigurationSpec) -> [String: JSONValue] {
        [
            "name": .string(spec.state.name),
            "schedule": [
                "default_timezone": .string(spec.state.schedule.defaultTimezone),
                "default_windows": windows(spec.state.schedule.defaultWindows),
                "overrides": overrides(spec.state.schedule.overrides),
                "scheduled_windows": spec.state.schedule.scheduledWindows.map(windows) ?? .null,
                "scheduled_overrides": spec.state.schedule.scheduledOverrides.map(overrides) ?? .null,
            ],
            "dialing_policy": [
                "max_attempts": .int(Int64(spec.state.dialingPolicy.maxAttempts)),
                "retry_delay_minutes": .int(Int64(spec.state.dialingPolicy.retryDelayMinutes)),
                "default_country_code": .string(spec.state.dialingPolicy.defaultCountryCode),
            ],
            "agent": [
                "agent_id": .string(spec.state.agent.agentID),
                "agent_version": spec.state.agent.agentVersion.map { .int(Int64($0)) } ?? .null,
            ],
        ]
    }

    private static func windows(_ windows: [TimeWindow]) -> JSONValue {
        .array(
            windows.map {
                ["days": .array($0.days.map(JSONValue.string)), "start": .string($0.start), "end": .string($0.end)]
            })
    }

    private static func overrides(_ overrides: [ScheduleOverride]) -> JSONValue {
        .array(
            overrides.map { ["timezones": .array($0.timezones.map(JSONValue.string)), "windows": windows($0.windows)] })
    }

    /// The nine managed fields; what the manifest leaves out is cleared (null, `data` `{}`).
    static func contact(_ spec: ContactSpec) -> [String: JSONValue] {
        [
            "phone_numbers": .array(spec.phoneNumbers.map(JSONValue.string)),
            "data": spec.data.canonical,
            "timezone": spec.timezone.map(JSONValue.string) ?? .null,
            "scheduled_at": spec.state.scheduledAt.map(JSONValue.string) ?? .null,
            "agent_id": spec.agentID.map(JSONValue.string) ?? .null,
            "agent_version": spec.agentVersion.map { .int(Int64($0)) } ?? .null,
            "agent_number": spec.agentNumber.map(JSONValue.string) ?? .null,
            "agent_config": spec.agentConfig?.canonical ?? .null,
            "initial_context": spec.initialContext.map(JSONValue.string) ?? .null,
        ]
    }

    /// Stored contact fields compared as the API's JSON can tell them apart (`1.0` is `1`).
    static func canonical(_ fields: [String: JSONValue]) -> [String: JSONValue] {
        fields.mapValues(\.canonical)
    }
}
