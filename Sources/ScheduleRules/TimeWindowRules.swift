public import AnyreachModel

/// The contract's rules for time windows and overrides (§6.1 and §10).
public enum TimeWindowRules {
    public static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Minutes after midnight of a zero-padded 24-hour `HH:MM`, or nil.
    public static func minutes(of text: String) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":") else { return nil }
        let digits = [bytes[0], bytes[1], bytes[3], bytes[4]].map { Int($0) - 48 }
        guard digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let hour = digits[0] * 10 + digits[1]
        let minute = digits[2] * 10 + digits[3]
        guard hour < 24, minute < 60 else { return nil }
        return hour * 60 + minute
    }

    /// Every rule a window breaks.
    public static func violations(of window: TimeWindow) -> [RuleViolation] {
        var found = dayViolations(window.days)
        let start = minutes(of: window.start)
        let end = minutes(of: window.end)
        if start == nil {
            found.append(
                .init(
                    path: [.key(TimeWindow.CodingKeys.start.stringValue)],
                    message: "start must be HH:MM, 24-hour, zero-padded (got '\(window.start)')",
                    kind: "value_error.time"))
        }
        if end == nil {
            found.append(
                .init(
                    path: [.key(TimeWindow.CodingKeys.end.stringValue)],
                    message: "end must be HH:MM, 24-hour, zero-padded (got '\(window.end)')", kind: "value_error.time"))
        }
        if let start, let end, start == end {
            found.append(
                .init(
                    path: [.key(TimeWindow.CodingKeys.end.stringValue)], message: "end must differ from start",
                    kind: "value_error.time_window"))
        }
        return found
    }

    static func dayViolations(_ days: [String]) -> [RuleViolation] {
        if days.isEmpty {
            return [
                .init(
                    path: [.key(TimeWindow.CodingKeys.days.stringValue)], message: "days must name at least one day",
                    kind: "value_error.list.min_items")
            ]
        }
        var seen: Set<String> = []
        var found: [RuleViolation] = []
        for (index, day) in days.enumerated() {
            if !weekdays.contains(day) {
                found.append(
                    .init(
                        path: [.key(TimeWindow.CodingKeys.days.stringValue), .index(index)],
                        message: "'\(day)' is not one of mon tue wed thu fri sat sun", kind: "value_error.enum"))
            } else if !seen.insert(day).inserted {
                found.append(
                    .init(
                        path: [.key(TimeWindow.CodingKeys.days.stringValue), .index(index)],
                        message: "'\(day)' is listed twice", kind: "value_error.list.unique_items"))
            }
        }
        return found
    }

    /// Every rule a list of windows breaks, located by index.
    public static func violations(of windows: [TimeWindow]) -> [RuleViolation] {
        windows.enumerated().flatMap { index, window in
            violations(of: window).map { $0.prefixed([.index(index)]) }
        }
    }

    /// Every rule a list of overrides breaks: bad windows, unknown or repeated time zones.
    public static func violations(of overrides: [ScheduleOverride], timezones: TimezoneDatabase) -> [RuleViolation] {
        var firstUse: [String: Int] = [:]
        var found: [RuleViolation] = []
        for (index, override) in overrides.enumerated() {
            let here: [RuleViolation.PathComponent] = [.index(index)]
            if override.timezones.isEmpty {
                found.append(
                    .init(
                        path: here + [.key(ScheduleOverride.CodingKeys.timezones.stringValue)],
                        message: "an override must name at least one time zone", kind: "value_error.list.min_items"))
            }
            for (position, zone) in override.timezones.enumerated() {
                let path = here + [.key(ScheduleOverride.CodingKeys.timezones.stringValue), .index(position)]
                if !timezones.contains(zone) {
                    found.append(
                        .init(path: path, message: "'\(zone)' is not an IANA time zone", kind: "value_error.timezone"))
                } else if let earlier = firstUse[zone] {
                    found.append(
                        .init(
                            path: path, message: "time zone '\(zone)' is already in override \(earlier)",
                            kind: "value_error.duplicate_timezone"))
                } else {
                    firstUse[zone] = index
                }
            }
            found += violations(of: override.windows).map {
                $0.prefixed(here + [.key(ScheduleOverride.CodingKeys.windows.stringValue)])
            }
        }
        return found
    }
}
