import AnyreachModel
import ScheduleRules

/// The mappings of a configuration, their keys spelled by the model's coding keys.
extension ManifestKeys {
    static let configuration = ManifestMapping(
        name: "configuration",
        help: "A configuration: its name, calling hours, dialing policy and voice agent.",
        keys: [
            adoptedID("configuration"),
            previousExternalIDs("configuration"),
            ManifestKey(
                ConfigurationState.CodingKeys.name, .text(TextRule(length: Contract.nameLength)), required: true,
                help: "The configuration's name, 1–200 characters."),
            ManifestKey(
                ConfigurationState.CodingKeys.schedule, .mapping(schedule),
                help: "When calls are made. Left out, the API's defaults apply."),
            ManifestKey(
                ConfigurationState.CodingKeys.dialingPolicy, .mapping(dialingPolicy),
                help: """
                    How often and how far apart a contact is tried, and how bare phone numbers are read. Left out, \
                    the API's defaults apply.
                    """),
            ManifestKey(
                ConfigurationState.CodingKeys.agent, .mapping(agent), required: true,
                help: "The voice agent the configuration's calls use."),
        ])

    static let schedule = ManifestMapping(
        name: "schedule",
        help: "When calls are made: calling windows in each contact's time zone.",
        keys: [
            ManifestKey(
                Schedule.CodingKeys.defaultTimezone, .text(), default: .string(Contract.defaultTimezone),
                help: """
                    The IANA time zone of contacts that name none (aliases such as `US/Eastern` count). \
                    `campaignctl validate` checks it against the tz database; the schema doesn't.
                    """),
            ManifestKey(
                Schedule.CodingKeys.defaultWindows, .list(of: .mapping(timeWindow)), default: [],
                help: "Calling windows for regular contacts and every retry; empty means no calls."),
            ManifestKey(
                Schedule.CodingKeys.overrides, .list(of: .mapping(scheduleOverride)), default: [],
                help: """
                    Windows that replace `default_windows` for the listed time zones. A time zone may appear in only \
                    one override of the list (checked by `campaignctl validate`).
                    """),
            ManifestKey(
                Schedule.CodingKeys.scheduledWindows, .list(of: .mapping(timeWindow)), acceptsNull: true,
                default: .null,
                help:
                    "Windows for the first calls of contacts with `scheduled_at`; null falls back to `default_windows`."
            ),
            ManifestKey(
                Schedule.CodingKeys.scheduledOverrides, .list(of: .mapping(scheduleOverride)), acceptsNull: true,
                default: .null,
                help: "Overrides for the first calls of scheduled contacts; null falls back to `overrides`."
            ),
        ])

    /// `HH:MM`, 24-hour, zero-padded (`TimeWindowRules.minutes(of:)`).
    static let clockTime = TextRule(pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$")

    static let timeWindow = ManifestMapping(
        name: "timeWindow",
        help: "A calling window: days, and a start and end time; `start` later than `end` crosses midnight.",
        keys: [
            ManifestKey(
                TimeWindow.CodingKeys.days,
                .list(of: .text(TextRule(choices: TimeWindowRules.weekdays)), atLeast: 1, unique: true),
                required: true, help: "One or more of mon tue wed thu fri sat sun, no repeats."),
            ManifestKey(
                TimeWindow.CodingKeys.start, .text(clockTime), required: true,
                help: """
                    HH:MM, 24-hour, zero-padded: `09:00`, not `9:00`; hours 00–23, minutes 00–59. Plain or quoted: \
                    it is read as text either way.
                    """),
            ManifestKey(
                TimeWindow.CodingKeys.end, .text(clockTime), required: true,
                help: "HH:MM, as `start`; it must differ from `start` (checked by `campaignctl validate`)."),
        ])

    static let scheduleOverride = ManifestMapping(
        name: "scheduleOverride",
        help: "Windows that replace the default ones for some time zones.",
        keys: [
            ManifestKey(
                ScheduleOverride.CodingKeys.timezones, .list(of: .text(), atLeast: 1), required: true,
                help: """
                    IANA time zones, at least one; each may appear in only one override of a list. \
                    `campaignctl validate` checks them against the tz database; the schema doesn't.
                    """),
            ManifestKey(
                ScheduleOverride.CodingKeys.windows, .list(of: .mapping(timeWindow)), required: true,
                help: "The windows for those time zones; may be empty."),
        ])

    static let dialingPolicy = ManifestMapping(
        name: "dialingPolicy",
        help: "How often and how far apart a contact is tried, and how bare phone numbers are read.",
        keys: [
            ManifestKey(
                DialingPolicy.CodingKeys.maxAttempts, .integer(Contract.maxAttemptsRange),
                default: .int(Contract.defaultMaxAttempts), help: "Calls per contact, the first included: 1–20."),
            ManifestKey(
                DialingPolicy.CodingKeys.retryDelayMinutes, .integer(Contract.retryDelayMinutesRange),
                default: .int(Contract.defaultRetryDelayMinutes), help: "Minutes between attempts: 0–10080."),
            ManifestKey(
                DialingPolicy.CodingKeys.defaultCountryCode, .text(), default: .string(Contract.defaultCountryCode),
                help: """
                    The calling code bare numbers of the configuration's campaigns are read with: `+1`, `+44`, … \
                    (quoted or plain, never `44`). `campaignctl validate` checks it and normalizes every number \
                    with it; the schema doesn't.
                    """),
        ])

    static let agent = ManifestMapping(
        name: "agent",
        help: "The voice agent a configuration's calls use.",
        keys: [
            ManifestKey(
                Agent.CodingKeys.agentID, .text(TextRule(length: Contract.agentIDLength)), required: true,
                help: "The agent's id."),
            ManifestKey(
                Agent.CodingKeys.agentVersion, .integer(Contract.agentVersions), acceptsNull: true, default: .null,
                help: "The agent version to dial, 0–2147483647; null dials the latest published version."),
        ])
}
