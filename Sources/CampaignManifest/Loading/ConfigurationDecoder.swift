import AnyreachModel
import PhoneNumbers
import ScheduleRules
import Yams

/// Reads the `configurations` section: external_id → configuration, defaults filled in.
struct ConfigurationDecoder {
    let reader: NodeReader
    let timezones: TimezoneDatabase

    static let keys = ["id", "name", "schedule", "dialing_policy", "agent"]

    /// The configuration under the key `externalID` written at `location`, or nil (with the
    /// problems reported) when any part of it can't be read.
    func decode(_ externalID: String, at location: SourceLocation, _ node: Node) -> ConfigurationSpec? {
        let what = "configuration \(Snippet(externalID))"
        guard let fields = reader.fields(node, what, allowed: Self.keys, required: ["name", "agent"]) else { return nil }
        let name = fields["name"].flatMap { reader.string($0, "name", length: Contract.nameLength) }
        let schedule = fields["schedule"].map { decodeSchedule($0) } ?? defaultSchedule
        let policy = fields["dialing_policy"].map { decodePolicy($0) } ?? defaultPolicy
        let agent = fields["agent"].flatMap(decodeAgent)
        guard let name, let schedule, let policy, let agent else { return nil }
        return ConfigurationSpec(externalID: externalID, name: name, schedule: schedule, dialingPolicy: policy, agent: agent,
                                 adoptID: fields["id"].flatMap(reader.adoptedID), location: location)
    }

    private var defaultSchedule: ScheduleSpec? {
        ScheduleSpec(defaultTimezone: Contract.defaultTimezone, defaultWindows: [], overrides: [], scheduledWindows: nil, scheduledOverrides: nil)
    }

    private var defaultPolicy: DialingPolicySpec? {
        DialingPolicySpec(maxAttempts: Contract.defaultMaxAttempts, retryDelayMinutes: Contract.defaultRetryDelayMinutes, defaultCountryCode: Contract.defaultCountryCode)
    }

    private func decodeSchedule(_ node: Node) -> ScheduleSpec? {
        let keys = ["default_timezone", "default_windows", "overrides", "scheduled_windows", "scheduled_overrides"]
        guard let fields = reader.fields(node, "schedule", allowed: keys), var schedule = defaultSchedule else { return nil }
        if let zone = fields["default_timezone"].flatMap({ reader.string($0, "default_timezone") }) {
            checkTimezone(zone, at: fields["default_timezone"]!)
            schedule.defaultTimezone = zone
        }
        schedule.defaultWindows = fields["default_windows"].flatMap { windows($0, "default_windows") } ?? []
        schedule.overrides = fields["overrides"].flatMap { overrides($0, "overrides") } ?? []
        schedule.scheduledWindows = fields["scheduled_windows"].flatMap { reader.isNull($0) ? nil : windows($0, "scheduled_windows") }
        schedule.scheduledOverrides = fields["scheduled_overrides"].flatMap { reader.isNull($0) ? nil : overrides($0, "scheduled_overrides") }
        return schedule
    }

    private func checkTimezone(_ zone: String, at node: Node) {
        if !timezones.contains(zone) {
            reader.sink.error(reader.location(node), "\(Snippet(zone)) is not an IANA time zone")
        }
    }

    private func windows(_ node: Node, _ what: String) -> [WindowSpec]? {
        guard let items = reader.list(node, what) else { return nil }
        return items.compactMap(window)
    }

    /// One window, checked with the same rules the API applies.
    private func window(_ node: Node) -> WindowSpec? {
        guard let fields = reader.fields(node, "time window", allowed: ["days", "start", "end"], required: ["days", "start", "end"]),
              let days = fields["days"].flatMap({ reader.strings($0, "days") }),
              let start = fields["start"].flatMap({ reader.string($0, "start") }),
              let end = fields["end"].flatMap({ reader.string($0, "end") })
        else { return nil }
        let window = WindowSpec(days: days, start: start, end: end)
        for violation in TimeWindowRules.violations(of: RawTimeWindow(days: days, start: start, end: end)) {
            reader.sink.error(locate(violation.path, in: fields), violation.message)
        }
        return window
    }

    /// The node a rule's path points at: the key's value, or a list item within it.
    private func locate(_ path: [RuleViolation.PathComponent], in fields: Fields) -> SourceLocation {
        guard case .key(let key)? = path.first, let node = fields[key] else { return fields.location }
        if case .index(let index)? = path.dropFirst().first, let items = node.sequence, index < items.count {
            return reader.location(items[index])
        }
        return reader.location(node)
    }

    private func overrides(_ node: Node, _ what: String) -> [OverrideSpec]? {
        guard let items = reader.list(node, what) else { return nil }
        var result: [OverrideSpec] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(item, "override", allowed: ["timezones", "windows"], required: ["timezones", "windows"]),
                  let zonesNode = fields["timezones"], let zones = reader.list(zonesNode, "timezones"),
                  let windows = fields["windows"].flatMap({ windows($0, "windows") }) else { continue }
            if zones.isEmpty { reader.sink.error(reader.location(zonesNode), "an override must name at least one time zone") }
            result.append(OverrideSpec(timezones: zones.compactMap { zone($0, seen: &seen) }, windows: windows))
        }
        return result
    }

    /// One of an override's time zones (interpolated, as every value is), checked against the tz
    /// database and against the zones earlier overrides of the same list already name.
    private func zone(_ node: Node, seen: inout [String: SourceLocation]) -> String? {
        guard let zone = reader.string(node, "time zone") else { return nil }
        checkTimezone(zone, at: node)
        if let first = seen[zone] {
            reader.sink.error(reader.location(node), "time zone \(Snippet(zone)) is already overridden at \(first)", related: first)
        } else {
            seen[zone] = reader.location(node)
        }
        return zone
    }

    private func decodePolicy(_ node: Node) -> DialingPolicySpec? {
        let keys = ["max_attempts", "retry_delay_minutes", "default_country_code"]
        guard let fields = reader.fields(node, "dialing_policy", allowed: keys), var policy = defaultPolicy else { return nil }
        if let node = fields["max_attempts"] { policy.maxAttempts = reader.integer(node, "max_attempts", range: Contract.maxAttemptsRange) ?? policy.maxAttempts }
        if let node = fields["retry_delay_minutes"] {
            policy.retryDelayMinutes = reader.integer(node, "retry_delay_minutes", range: Contract.retryDelayMinutesRange) ?? policy.retryDelayMinutes
        }
        if let node = fields["default_country_code"] {
            // No fallback to +1 here: checking a UK campaign's numbers as American would bury the
            // one real error under one per contact.
            guard let code = reader.string(node, "default_country_code") else { return nil }
            guard CallingCode(code) != nil else {
                reader.sink.error(reader.location(node), "\(Snippet(code)) is not a calling code; write it like +1 or +44")
                return nil
            }
            policy.defaultCountryCode = code
        }
        return policy
    }

    private func decodeAgent(_ node: Node) -> AgentSpec? {
        guard let fields = reader.fields(node, "agent", allowed: ["agent_id", "agent_version"], required: ["agent_id"]),
              let agentID = fields["agent_id"].flatMap({ reader.string($0, "agent_id", length: 1...Int(Int32.max)) }) else { return nil }
        let version = fields["agent_version"].flatMap { reader.isNull($0) ? nil : reader.integer($0, "agent_version", range: 0...Int(Int32.max)) }
        return AgentSpec(agentID: agentID, agentVersion: version)
    }
}
