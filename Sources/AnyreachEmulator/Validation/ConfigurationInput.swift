import AnyreachAPI
import AnyreachModel
import PhoneNumbers
import ScheduleRules

/// Reads a configuration body (a create, or the result of a merge patch) with every check of §6.1,
/// filling in the defaults of whatever is absent.
struct ConfigurationInput {
    let timezones: TimezoneDatabase

    func read(_ body: JSONValue) throws(APIError) -> ConfigurationBody {
        let reader = BodyReader()
        let root: [ValidationIssue.Location] = [.key("body")]
        guard let object = reader.object(body, at: root) else { throw reader.failure(at: root) }
        let name = reader.require(
            reader.string(object["name"], at: root + [.key("name")], length: Contract.nameLength),
            present: object["name"], at: root + [.key("name")])
        let externalID = reader.string(
            object["external_id"], at: root + [.key("external_id")], length: Contract.externalIDLength)
        let schedule = readSchedule(object["schedule"], reader, at: root + [.key("schedule")])
        let policy = readPolicy(object["dialing_policy"], reader, at: root + [.key("dialing_policy")])
        let agent = readAgent(object["agent"], reader, at: root + [.key("agent")])
        try reader.throwIfInvalid()
        guard let name, let agent else { throw reader.failure(at: root) }
        return ConfigurationBody(
            name: name, externalID: externalID, schedule: schedule, dialingPolicy: policy, agent: agent)
    }

    private func readSchedule(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location]) -> Schedule
    {
        var schedule = Schedule()
        guard let object = reader.object(value == .null ? nil : value, at: loc) else { return schedule }
        if let zone = reader.string(object["default_timezone"], at: loc + [.key("default_timezone")]) {
            if timezones.contains(zone) {
                schedule.defaultTimezone = zone
            } else {
                reader.fail(
                    loc + [.key("default_timezone")], "'\(zone)' is not an IANA time zone", type: "value_error.timezone"
                )
            }
        }
        schedule.defaultWindows =
            readWindows(object["default_windows"], reader, at: loc + [.key("default_windows")]) ?? []
        schedule.overrides = readOverrides(object["overrides"], reader, at: loc + [.key("overrides")]) ?? []
        schedule.scheduledWindows = readWindows(
            object["scheduled_windows"], reader, at: loc + [.key("scheduled_windows")])
        schedule.scheduledOverrides = readOverrides(
            object["scheduled_overrides"], reader, at: loc + [.key("scheduled_overrides")])
        return schedule
    }

    private func readWindows(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location])
        -> [TimeWindow]?
    {
        guard let items = reader.array(value, at: loc) else { return nil }
        let windows = items.enumerated().compactMap { index, item in readWindow(item, reader, at: loc + [.index(index)])
        }
        let raw = windows.map { AnyreachModel.TimeWindow(days: $0.days, start: $0.start, end: $0.end) }
        for violation in TimeWindowRules.violations(of: raw) {
            reader.fail(loc + .path(violation.path), violation.message, type: violation.kind)
        }
        return windows
    }

    private func readWindow(_ value: JSONValue, _ reader: BodyReader, at loc: [ValidationIssue.Location]) -> TimeWindow?
    {
        guard let object = reader.object(value, at: loc) else { return nil }
        let days = reader.require(
            reader.strings(object["days"], at: loc + [.key("days")]), present: object["days"], at: loc + [.key("days")])
        let start = reader.require(
            reader.string(object["start"], at: loc + [.key("start")]), present: object["start"],
            at: loc + [.key("start")])
        let end = reader.require(
            reader.string(object["end"], at: loc + [.key("end")]), present: object["end"], at: loc + [.key("end")])
        guard let days, let start, let end else { return nil }
        return TimeWindow(days: days, start: start, end: end)
    }

    private func readOverrides(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location])
        -> [ScheduleOverride]?
    {
        guard let items = reader.array(value, at: loc) else { return nil }
        var overrides: [ScheduleOverride] = []
        for (index, item) in items.enumerated() {
            let here = loc + [.index(index)]
            guard let object = reader.object(item, at: here) else { continue }
            let zones = reader.require(
                reader.strings(object["timezones"], at: here + [.key("timezones")]), present: object["timezones"],
                at: here + [.key("timezones")])
            let windows = reader.require(
                readWindowsUnchecked(object["windows"], reader, at: here + [.key("windows")]),
                present: object["windows"], at: here + [.key("windows")])
            if let zones, let windows { overrides.append(ScheduleOverride(timezones: zones, windows: windows)) }
        }
        let raw = overrides.map { override in
            AnyreachModel.ScheduleOverride(
                timezones: override.timezones,
                windows: override.windows.map {
                    AnyreachModel.TimeWindow(days: $0.days, start: $0.start, end: $0.end)
                })
        }
        if raw.count == items.count {
            for violation in TimeWindowRules.violations(of: raw, timezones: timezones) {
                reader.fail(loc + .path(violation.path), violation.message, type: violation.kind)
            }
        }
        return overrides
    }

    /// Windows inside an override: shape only; `TimeWindowRules` checks them with the override.
    private func readWindowsUnchecked(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location])
        -> [TimeWindow]?
    {
        guard let items = reader.array(value, at: loc) else { return nil }
        return items.enumerated().compactMap { index, item in readWindow(item, reader, at: loc + [.index(index)]) }
    }

    private func readPolicy(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location])
        -> DialingPolicy
    {
        var policy = DialingPolicy()
        guard let object = reader.object(value == .null ? nil : value, at: loc) else { return policy }
        policy.maxAttempts =
            reader.integer(object["max_attempts"], at: loc + [.key("max_attempts")], range: Contract.maxAttemptsRange)
            ?? policy.maxAttempts
        policy.retryDelayMinutes =
            reader.integer(
                object["retry_delay_minutes"], at: loc + [.key("retry_delay_minutes")],
                range: Contract.retryDelayMinutesRange) ?? policy.retryDelayMinutes
        if let code = reader.string(object["default_country_code"], at: loc + [.key("default_country_code")]) {
            if CallingCode(code) != nil {
                policy.defaultCountryCode = code
            } else {
                reader.fail(
                    loc + [.key("default_country_code")], "'\(code)' is not a calling code written like +1 or +44",
                    type: "value_error.calling_code")
            }
        }
        return policy
    }

    private func readAgent(_ value: JSONValue?, _ reader: BodyReader, at loc: [ValidationIssue.Location])
        -> AgentSettings?
    {
        guard let object = reader.object(value == .null ? nil : value, at: loc) else {
            reader.fail(loc + [.key("agent_id")], "field required", type: "value_error.missing")
            return nil
        }
        let agentID = reader.require(
            reader.string(object["agent_id"], at: loc + [.key("agent_id")], length: 1...Int(Int32.max)),
            present: object["agent_id"], at: loc + [.key("agent_id")])
        let version = reader.integer(
            object["agent_version"], at: loc + [.key("agent_version")], range: 0...Int(Int32.max))
        return agentID.map { AgentSettings(agentID: $0, agentVersion: version) }
    }
}

extension BodyReader {
    /// The 422 to throw when the body could not be read at all.
    func failure(at loc: [ValidationIssue.Location]) -> APIError {
        if issues.isEmpty { fail(loc, "invalid body", type: "value_error") }
        return APIError.invalid(issues)
    }
}
