/// A calling window: the days it applies to and its local `HH:MM` bounds (an end before the start
/// crosses midnight). The one client-side form of a window: manifests, the live conversion, the
/// diff, plans and the window rules all use it; the generated wire type exists at the edge only.
public struct TimeWindow: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case days, start, end
    }

    public var days: [String]
    public var start: String
    public var end: String

    public init(days: [String], start: String, end: String) {
        self.days = days
        self.start = start
        self.end = end
    }

    public var json: JSONValue { .keyed([CodingKeys.days: days, .start: start, .end: end]) }
}

/// Windows that replace a schedule's defaults for the listed time zones.
public struct ScheduleOverride: Hashable, Sendable, Codable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case timezones, windows
    }

    public var timezones: [String]
    public var windows: [TimeWindow]

    public init(timezones: [String], windows: [TimeWindow]) {
        self.timezones = timezones
        self.windows = windows
    }

    public var json: JSONValue { .keyed([CodingKeys.timezones: timezones, .windows: windows]) }
}
