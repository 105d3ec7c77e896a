import AnyreachAPI
import CampaignManifest

/// The manifests' resources as canonical JSON, in the same shape as `LiveCanonical`.
enum DesiredCanonical {
    static func configuration(_ spec: ConfigurationSpec) -> [String: JSONValue] {
        let schedule = spec.schedule
        return [
            "name": .string(spec.name),
            "schedule": .object([
                "default_timezone": .string(schedule.defaultTimezone),
                "default_windows": windows(schedule.defaultWindows),
                "overrides": overrides(schedule.overrides),
                "scheduled_windows": schedule.scheduledWindows.map(windows) ?? .null,
                "scheduled_overrides": schedule.scheduledOverrides.map(overrides) ?? .null,
            ]),
            "dialing_policy": .object([
                "max_attempts": .int(Int64(spec.dialingPolicy.maxAttempts)),
                "retry_delay_minutes": .int(Int64(spec.dialingPolicy.retryDelayMinutes)),
                "default_country_code": .string(spec.dialingPolicy.defaultCountryCode),
            ]),
            "agent": .object(["agent_id": .string(spec.agent.agentID), "agent_version": spec.agent.agentVersion.map { .int(Int64($0)) } ?? .null]),
        ]
    }

    static func windows(_ windows: [WindowSpec]) -> JSONValue {
        .array(windows.map { .object(["days": .array($0.days.map(JSONValue.string)), "start": .string($0.start), "end": .string($0.end)]) })
    }

    static func overrides(_ overrides: [OverrideSpec]) -> JSONValue {
        .array(overrides.map { .object(["timezones": .array($0.timezones.map(JSONValue.string)), "windows": windows($0.windows)]) })
    }

    /// Every managed field of a contact; what the manifest leaves out is null (or `{}` for data),
    /// so an applied contact matches the manifest exactly.
    static func contact(_ spec: ContactSpec) -> [String: JSONValue] {
        [
            "phone_numbers": .array(spec.phoneNumbers.map(JSONValue.string)),
            "data": spec.data.canonical,
            "timezone": spec.timezone.map(JSONValue.string) ?? .null,
            "scheduled_at": spec.scheduledAt.map(JSONValue.string) ?? .null,
            "agent_id": spec.agentID.map(JSONValue.string) ?? .null,
            "agent_version": spec.agentVersion.map { .int(Int64($0)) } ?? .null,
            "agent_number": spec.agentNumber.map(JSONValue.string) ?? .null,
            "agent_config": spec.agentConfig?.canonical ?? .null,
            "initial_context": spec.initialContext.map(JSONValue.string) ?? .null,
        ]
    }
}
