public import AnyreachAPI
public import AnyreachClient
import Foundation
import OpenAPIRuntime

/// The live objects as canonical JSON over the fields the manifests manage, so both sides of a
/// comparison are normalized the same way (dates as RFC 3339 UTC, numbers, null for unset).
enum LiveCanonical {
    static func configuration(_ live: Components.Schemas.Configuration) -> [String: JSONValue] {
        let schedule = live.schedule
        return [
            "name": .string(live.name),
            "schedule": .object([
                "default_timezone": .string(schedule.defaultTimezone),
                "default_windows": windows(schedule.defaultWindows),
                "overrides": overrides(schedule.overrides),
                "scheduled_windows": schedule.scheduledWindows.map(windows) ?? .null,
                "scheduled_overrides": schedule.scheduledOverrides.map(overrides) ?? .null,
            ]),
            "dialing_policy": .object([
                "max_attempts": .int(Int64(live.dialingPolicy.maxAttempts)),
                "retry_delay_minutes": .int(Int64(live.dialingPolicy.retryDelayMinutes)),
                "default_country_code": .string(live.dialingPolicy.defaultCountryCode),
            ]),
            "agent": .object(["agent_id": .string(live.agent.agentId), "agent_version": live.agent.agentVersion.map { .int(Int64($0)) } ?? .null]),
        ]
    }

    static func windows(_ windows: [Components.Schemas.TimeWindow]) -> JSONValue {
        .array(windows.map { .object(["days": .array($0.days.map { .string($0.rawValue) }), "start": .string($0.start), "end": .string($0.end)]) })
    }

    static func overrides(_ overrides: [Components.Schemas.ScheduleOverride]) -> JSONValue {
        .array(overrides.map { .object(["timezones": .array($0.timezones.map(JSONValue.string)), "windows": windows($0.windows)]) })
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
            "scheduled_at": live.scheduledAt.map { .string(Timestamps.rfc3339($0)) } ?? .null,
            "agent_id": live.agentId.map(JSONValue.string) ?? .null,
            "agent_version": live.agentVersion.map { .int(Int64($0)) } ?? .null,
            "agent_number": live.agentNumber.map(JSONValue.string) ?? .null,
            "agent_config": live.agentConfig.map { JSONValue.fromOpenAPI($0.additionalProperties.value).canonical } ?? .null,
            "initial_context": live.initialContext.map(JSONValue.string) ?? .null,
        ]
    }

}

/// RFC 3339 UTC with whole seconds, the API's timestamp form.
enum Timestamps {
    /// Formatted from the UTC calendar fields directly: cheap enough for 100,000 contacts.
    static func rfc3339(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var fields = tm()
        gmtime_r(&seconds, &fields)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(fields.tm_year + 1900, 4))-\(pad(fields.tm_mon + 1))-\(pad(fields.tm_mday))T\(pad(fields.tm_hour)):\(pad(fields.tm_min)):\(pad(fields.tm_sec))Z"
    }
}
