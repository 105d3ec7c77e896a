public import AnyreachAPI
public import AnyreachModel
public import AnyreachClient
import Foundation
import OpenAPIRuntime

/// The live objects as canonical JSON over the fields the manifests manage, so both sides of a
/// comparison are normalized the same way (dates as RFC 3339 UTC, numbers, null for unset).
enum LiveCanonical {
    static func configuration(_ live: Components.Schemas.Configuration) -> [String: JSONValue] {
        let schedule = live.schedule, policy = live.dialingPolicy
        return CanonicalShape.object(.init(
            name: live.name, timezone: schedule.defaultTimezone, windows: schedule.defaultWindows.map(window),
            overrides: schedule.overrides.map(override), scheduledWindows: schedule.scheduledWindows?.map(window),
            scheduledOverrides: schedule.scheduledOverrides?.map(override), maxAttempts: policy.maxAttempts,
            retryDelayMinutes: policy.retryDelayMinutes, countryCode: policy.defaultCountryCode,
            agentID: live.agent.agentId, agentVersion: live.agent.agentVersion))
    }

    private static func window(_ window: Components.Schemas.TimeWindow) -> CanonicalShape.Window {
        .init(days: window.days.map(\.rawValue), start: window.start, end: window.end)
    }

    private static func override(_ override: Components.Schemas.ScheduleOverride) -> CanonicalShape.Override {
        .init(timezones: override.timezones, windows: override.windows.map(window))
    }

    static func campaign(_ live: Campaign) -> [String: JSONValue] {
        ["name": .string(live.name), "configuration_id": .string(live.configurationId), "priority": .int(Int64(live.priority)), "status": .string(live.status.rawValue)]
    }

    /// A contact's managed fields; `status`, `attempts`, ids and timestamps are the server's.
    static func contact(_ live: Contact) -> [String: JSONValue] {
        [
            "phone_numbers": .array(live.phoneNumbers.map(JSONValue.string)),
            "data": JSONValue.fromOpenAPI(live.data.additionalProperties.value).canonical,
            "timezone": live.timezone.map(JSONValue.string) ?? .null,
            "scheduled_at": live.scheduledAt.map { .string(CivilDate.rfc3339(Int64($0.timeIntervalSince1970.rounded(.down)))) } ?? .null,
            "agent_id": live.agentId.map(JSONValue.string) ?? .null,
            "agent_version": live.agentVersion.map { .int(Int64($0)) } ?? .null,
            "agent_number": live.agentNumber.map(JSONValue.string) ?? .null,
            "agent_config": live.agentConfig.map { JSONValue.fromOpenAPI($0.additionalProperties.value).canonical } ?? .null,
            "initial_context": live.initialContext.map(JSONValue.string) ?? .null,
        ]
    }
}
