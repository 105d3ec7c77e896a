public import AnyreachAPI
public import AnyreachModel
import Foundation
import OpenAPIRuntime

// The live objects as the model's states: the one conversion from the wire, so both sides of a
// comparison are the same types, normalized alike (dates as RFC 3339 UTC, integral numbers as
// integers, null for unset).

extension ConfigurationState {
    public init(live: Components.Schemas.Configuration) {
        let schedule = live.schedule
        let policy = live.dialingPolicy
        self.init(
            name: live.name,
            schedule: Schedule(
                defaultTimezone: schedule.defaultTimezone,
                defaultWindows: schedule.defaultWindows.map(TimeWindow.init(live:)),
                overrides: schedule.overrides.map(ScheduleOverride.init(live:)),
                scheduledWindows: schedule.scheduledWindows?.map(TimeWindow.init(live:)),
                scheduledOverrides: schedule.scheduledOverrides?.map(ScheduleOverride.init(live:))),
            dialingPolicy: DialingPolicy(
                maxAttempts: policy.maxAttempts, retryDelayMinutes: policy.retryDelayMinutes,
                defaultCountryCode: policy.defaultCountryCode),
            agent: Agent(agentID: live.agent.agentId, agentVersion: live.agent.agentVersion))
    }
}

extension TimeWindow {
    public init(live: Components.Schemas.TimeWindow) {
        self.init(days: live.days.map(\.rawValue), start: live.start, end: live.end)
    }
}

extension ScheduleOverride {
    public init(live: Components.Schemas.ScheduleOverride) {
        self.init(timezones: live.timezones, windows: live.windows.map(TimeWindow.init(live:)))
    }
}

extension CampaignState {
    public init(live: Components.Schemas.Campaign) {
        self.init(
            name: live.name, priority: live.priority, status: CampaignStatus(rawValue: live.status.rawValue) ?? .active)
    }
}

extension ContactState {
    /// A live contact's managed fields; `status`, `attempts`, ids and timestamps are the server's.
    public init(live: Components.Schemas.Contact) {
        self.init(
            phoneNumbers: live.phoneNumbers,
            data: JSONValue.fromOpenAPI(live.data.additionalProperties.value).canonical,
            timezone: live.timezone,
            scheduledAt: live.scheduledAt.map { CivilDate.rfc3339(Int64($0.timeIntervalSince1970.rounded(.down))) },
            agentID: live.agentId, agentVersion: live.agentVersion, agentNumber: live.agentNumber,
            agentConfig: live.agentConfig.map { JSONValue.fromOpenAPI($0.additionalProperties.value).canonical },
            initialContext: live.initialContext)
    }
}

extension JSONValue {
    /// A value of the runtime's free-form containers, converted without a JSON round trip
    /// (the planner converts every live contact's `data`).
    public static func fromOpenAPI(_ value: (any Sendable)?) -> JSONValue {
        switch value {
        case nil: .null
        case let bool as Bool: .bool(bool)
        case let int as Int: .int(Int64(int))
        case let int as Int64: .int(int)
        case let double as Double: .double(double)
        case let string as String: .string(string)
        case let array as [(any Sendable)?]: .array(array.map(fromOpenAPI))
        case let object as [String: (any Sendable)?]: .object(object.mapValues(fromOpenAPI))
        default: .string(String(describing: value!))
        }
    }

    /// The runtime's free-form value of this JSON.
    public var openAPIValue: (any Sendable)? {
        switch self {
        case .null: nil
        case .bool(let value): value
        case .int(let value): Int(value)
        case .double(let value): value
        case .string(let value): value
        case .array(let items): items.map(\.openAPIValue)
        case .object(let object): object.mapValues(\.openAPIValue)
        }
    }
}
