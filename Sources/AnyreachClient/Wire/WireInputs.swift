public import AnyreachAPI
public import AnyreachModel
import Foundation
import OpenAPIRuntime

// The model's payloads as the generated request types: the conversion to the wire of every
// body but the two that carry contacts in bulk (upserts and campaign creates), which
// `RequestBodyWriter` writes straight from the items. The generated structs encode what they
// hold (NullableInputs.swift writes the nulls that mean "clear").

extension Components.Schemas.ConfigurationCreate {
    init(externalID: String, state: ConfigurationState) {
        self.init(
            name: state.name, externalId: externalID, schedule: .init(state.schedule),
            dialingPolicy: .init(state.dialingPolicy), agent: .init(state.agent))
    }
}

extension Components.Schemas.ConfigurationPatch {
    init(_ patch: ConfigurationPatch) throws {
        self.init(
            name: try patch.name.wire("name"), externalId: try patch.externalID.wire("external_id"),
            schedule: try patch.schedule.wire("schedule").map(Components.Schemas.ScheduleInput.init),
            dialingPolicy: try patch.dialingPolicy.wire("dialing_policy").map(
                Components.Schemas.DialingPolicyInput.init),
            agent: try patch.agent.wire("agent").map(Components.Schemas.AgentSettingsInput.init))
    }
}

extension Components.Schemas.ScheduleInput {
    init(_ schedule: Schedule) {
        self.init(
            defaultTimezone: schedule.defaultTimezone,
            defaultWindows: schedule.defaultWindows.map(Components.Schemas.TimeWindow.init),
            overrides: schedule.overrides.map(Components.Schemas.ScheduleOverride.init),
            scheduledWindows: schedule.scheduledWindows?.map(Components.Schemas.TimeWindow.init),
            scheduledOverrides: schedule.scheduledOverrides?.map(Components.Schemas.ScheduleOverride.init))
    }
}

extension Components.Schemas.TimeWindow {
    init(_ window: TimeWindow) {
        // Days were checked against the contract's names when the manifests were read.
        self.init(
            days: window.days.compactMap(Components.Schemas.Weekday.init(rawValue:)), start: window.start,
            end: window.end)
    }
}

extension Components.Schemas.ScheduleOverride {
    init(_ override: ScheduleOverride) {
        self.init(timezones: override.timezones, windows: override.windows.map(Components.Schemas.TimeWindow.init))
    }
}

extension Components.Schemas.DialingPolicyInput {
    init(_ policy: DialingPolicy) {
        self.init(
            maxAttempts: policy.maxAttempts, retryDelayMinutes: policy.retryDelayMinutes,
            defaultCountryCode: policy.defaultCountryCode)
    }
}

extension Components.Schemas.AgentSettingsInput {
    init(_ agent: Agent) {
        self.init(agentId: agent.agentID, agentVersion: agent.agentVersion)
    }
}

extension Components.Schemas.CampaignPatch {
    init(_ patch: CampaignPatch, configurationID: String?) throws {
        self.init(
            name: try patch.name.wire("name"), externalId: try patch.externalID.wire("external_id"),
            configurationId: configurationID, priority: try patch.priority.wire("priority"))
    }
}

extension FieldPatch {
    /// The value for a generated field whose nil means "leave alone": `null` can't be sent there.
    func wire(_ field: String) throws -> Value? {
        switch self {
        case .absent: return nil
        case .value(let value): return value
        case .null: throw WirePayloadError(field: field, problem: "null can't be sent for this field")
        }
    }
}

/// A payload the generated request types can't carry; the planner never makes one.
public struct WirePayloadError: Error, CustomStringConvertible {
    public var field: String
    public var problem: String
    public var description: String { "\(field): \(problem)" }
}
