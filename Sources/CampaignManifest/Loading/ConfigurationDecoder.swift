import AnyreachModel
import PhoneNumbers
import ScheduleRules
import Yams

/// Reads the `configurations` section: external_id → configuration, defaults filled in.
struct ConfigurationDecoder {
    let reader: NodeReader
    let timezones: TimezoneDatabase

    /// The configuration under the key `externalID` written at `location`, or nil (with the
    /// problems reported) when any part of it can't be read.
    func decode(_ externalID: String, at location: SourceLocation, _ node: Node) -> ConfigurationSpec? {
        let what = "configuration \(Snippet(externalID))"
        typealias Key = ConfigurationState.CodingKeys
        guard let fields = reader.fields(node, what, ManifestKeys.configuration) else { return nil }
        let name = fields[Key.name].flatMap { reader.string($0, Key.name.stringValue, length: Contract.nameLength) }
        let windowLocations = WindowLocations()
        let schedule = fields[Key.schedule].map { decodeSchedule($0, windowLocations) } ?? Schedule()
        let policy = fields[Key.dialingPolicy].map { decodePolicy($0) } ?? DialingPolicy()
        let agent = fields[Key.agent].flatMap(decodeAgent)
        guard let name, let schedule, let policy, let agent else { return nil }
        let state = ConfigurationState(name: name, schedule: schedule, dialingPolicy: policy, agent: agent)
        var spec = ConfigurationSpec(
            externalID: externalID, state: state, adoptID: fields["id"].flatMap(reader.adoptedID),
            location: location)
        spec.previousExternalIDs = fields["previous_external_ids"].map { reader.previousKeys($0, of: externalID) } ?? []
        spec.windowLocations = windowLocations.byPath
        return spec
    }

    private func decodeSchedule(_ node: Node, _ locations: WindowLocations) -> Schedule? {
        typealias Key = Schedule.CodingKeys
        guard let fields = reader.fields(node, "schedule", ManifestKeys.schedule) else { return nil }
        var schedule = Schedule()
        if let zoneNode = fields[Key.defaultTimezone],
            let zone = reader.string(zoneNode, Key.defaultTimezone.stringValue)
        {
            checkTimezone(zone, at: zoneNode)
            schedule.defaultTimezone = zone
        }
        schedule.defaultWindows =
            fields[Key.defaultWindows].flatMap { windows($0, Key.defaultWindows.stringValue, locations) } ?? []
        schedule.overrides =
            fields[Key.overrides].flatMap { overrides($0, Key.overrides.stringValue, locations) } ?? []
        schedule.scheduledWindows = fields[Key.scheduledWindows].flatMap {
            reader.isNull($0) ? nil : windows($0, Key.scheduledWindows.stringValue, locations)
        }
        schedule.scheduledOverrides = fields[Key.scheduledOverrides].flatMap {
            reader.isNull($0) ? nil : overrides($0, Key.scheduledOverrides.stringValue, locations)
        }
        return schedule
    }

    private func checkTimezone(_ zone: String, at node: Node) {
        if !timezones.contains(zone) {
            reader.sink.error(reader.location(node), "\(Snippet(zone)) is not an IANA time zone")
        }
    }

    /// The windows of a list, each item's location kept under its path (`default_windows[0]`).
    private func windows(_ node: Node, _ what: String, _ locations: WindowLocations) -> [TimeWindow]? {
        guard let items = reader.list(node, what) else { return nil }
        var windows: [TimeWindow] = []
        for item in items {
            guard let window = window(item) else { continue }
            locations.byPath["\(what)[\(windows.count)]"] = reader.location(item)
            windows.append(window)
        }
        return windows
    }

    /// One window, checked with the same rules the API applies.
    private func window(_ node: Node) -> TimeWindow? {
        typealias Key = TimeWindow.CodingKeys
        guard let fields = reader.fields(node, "time window", ManifestKeys.timeWindow),
            let days = fields[Key.days].flatMap({ reader.strings($0, Key.days.stringValue) }),
            let start = fields[Key.start].flatMap({ reader.string($0, Key.start.stringValue) }),
            let end = fields[Key.end].flatMap({ reader.string($0, Key.end.stringValue) })
        else { return nil }
        let window = TimeWindow(days: days, start: start, end: end)
        for violation in TimeWindowRules.violations(of: window) {
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

    private func overrides(_ node: Node, _ what: String, _ locations: WindowLocations) -> [ScheduleOverride]? {
        typealias Key = ScheduleOverride.CodingKeys
        guard let items = reader.list(node, what) else { return nil }
        var result: [ScheduleOverride] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(item, "override", ManifestKeys.scheduleOverride),
                let zonesNode = fields[Key.timezones], let zones = reader.list(zonesNode, Key.timezones.stringValue),
                let windows = fields[Key.windows].flatMap({
                    windows($0, "\(what)[\(result.count)].\(Key.windows.stringValue)", locations)
                })
            else { continue }
            if zones.isEmpty {
                reader.sink.error(reader.location(zonesNode), "an override must name at least one time zone")
            }
            result.append(ScheduleOverride(timezones: zones.compactMap { zone($0, seen: &seen) }, windows: windows))
        }
        return result
    }

    /// One of an override's time zones (interpolated, as every value is), checked against the tz
    /// database and against the zones earlier overrides of the same list already name.
    private func zone(_ node: Node, seen: inout [String: SourceLocation]) -> String? {
        guard let zone = reader.string(node, "time zone") else { return nil }
        checkTimezone(zone, at: node)
        if let first = seen[zone] {
            reader.sink.error(
                reader.location(node), "time zone \(Snippet(zone)) is already overridden at \(first)", related: first)
        } else {
            seen[zone] = reader.location(node)
        }
        return zone
    }

    private func decodePolicy(_ node: Node) -> DialingPolicy? {
        typealias Key = DialingPolicy.CodingKeys
        guard let fields = reader.fields(node, "dialing_policy", ManifestKeys.dialingPolicy) else { return nil }
        var policy = DialingPolicy()
        if let node = fields[Key.maxAttempts] {
            policy.maxAttempts =
                reader.integer(node, Key.maxAttempts.stringValue, range: Contract.maxAttemptsRange)
                ?? policy.maxAttempts
        }
        if let node = fields[Key.retryDelayMinutes] {
            policy.retryDelayMinutes =
                reader.integer(node, Key.retryDelayMinutes.stringValue, range: Contract.retryDelayMinutesRange)
                ?? policy.retryDelayMinutes
        }
        if let node = fields[Key.defaultCountryCode] {
            // No fallback to +1 here: checking a UK campaign's numbers as American would bury the
            // one real error under one per contact.
            guard let code = reader.string(node, Key.defaultCountryCode.stringValue) else { return nil }
            guard CallingCode(code) != nil else {
                reader.sink.error(
                    reader.location(node), "\(Snippet(code)) is not a calling code; write it like +1 or +44")
                return nil
            }
            policy.defaultCountryCode = code
        }
        return policy
    }

    private func decodeAgent(_ node: Node) -> Agent? {
        typealias Key = Agent.CodingKeys
        let (id, version) = (Key.agentID.stringValue, Key.agentVersion.stringValue)
        guard let fields = reader.fields(node, "agent", ManifestKeys.agent),
            let agentID = fields[Key.agentID].flatMap({ reader.string($0, id, length: Contract.agentIDLength) })
        else { return nil }
        let agentVersion = fields[Key.agentVersion].flatMap {
            reader.isNull($0) ? nil : reader.integer($0, version, range: Contract.agentVersions)
        }
        return Agent(agentID: agentID, agentVersion: agentVersion)
    }
}

/// Where each time window of a configuration was written, by its path in the schedule, for
/// checks made once every file is read (`policy.calling_hours`).
final class WindowLocations {
    var byPath: [String: SourceLocation] = [:]
}
