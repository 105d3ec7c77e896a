import AnyreachAPI
import AnyreachModel
import CampaignManifest

/// The manifests' resources as canonical JSON, in the same shape as `LiveCanonical`.
enum DesiredCanonical {
    static func configuration(_ spec: ConfigurationSpec) -> [String: JSONValue] {
        let schedule = spec.schedule, policy = spec.dialingPolicy
        return CanonicalShape.object(.init(
            name: spec.name, timezone: schedule.defaultTimezone, windows: schedule.defaultWindows.map(window),
            overrides: schedule.overrides.map(override), scheduledWindows: schedule.scheduledWindows?.map(window),
            scheduledOverrides: schedule.scheduledOverrides?.map(override), maxAttempts: policy.maxAttempts,
            retryDelayMinutes: policy.retryDelayMinutes, countryCode: policy.defaultCountryCode,
            agentID: spec.agent.agentID, agentVersion: spec.agent.agentVersion))
    }

    private static func window(_ window: WindowSpec) -> CanonicalShape.Window {
        .init(days: window.days, start: window.start, end: window.end)
    }

    private static func override(_ override: OverrideSpec) -> CanonicalShape.Override {
        .init(timezones: override.timezones, windows: override.windows.map(window))
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
