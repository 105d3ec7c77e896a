import AnyreachAPI
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachEmulator

// Fixed instants (UTC) so window checks don't depend on when the tests run.
/// Wednesday 2026-11-25 12:00 UTC.
private let wednesdayNoon: Int64 = 1_795_608_000
/// Saturday 2026-11-28 00:00 UTC.
private let saturdayMidnight: Int64 = 1_795_824_000

/// Mon–Fri 09:00–17:00 in UTC: open at `wednesdayNoon`, closed on weekends.
private let officeHours =
    #"{"default_timezone": "Etc/UTC", "default_windows": [{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "17:00"}]}"#

private func json(_ text: String) throws -> JSONValue {
    try JSONValue.parse(Array(text.utf8))
}

/// A fresh in-memory store with shortcuts to set up one org and read its contacts back.
private struct Fixture {
    let store: EmulatorStore
    let org = "org_dialer"

    init() throws {
        store = try EmulatorStore(storage: .inMemory)
    }

    /// Creates a configuration and an active campaign on it; returns the campaign id.
    func campaign(schedule: String = officeHours, policy: String = "{}", priority: Int = 5) async throws -> String {
        let configuration = try await store.createConfiguration(
            org: org,
            body: json(
                """
                {"name": "config", "agent": {"agent_id": "agent-1"}, "schedule": \(schedule), "dialing_policy": \(policy)}
                """))
        let body = try json(
            #"{"name": "campaign", "configuration_id": "\#(configuration.id)", "priority": \#(priority)}"#)
        return try await store.createCampaign(org: org, body: body).id
    }

    /// Upserts contacts given as JSON objects into a campaign (or `default`).
    func add(_ campaign: String, _ items: [String]) async throws {
        _ = try await store.upsertContacts(
            org: org, campaign: campaign, body: json(#"{"contacts": [\#(items.joined(separator: ","))]}"#))
    }

    /// Upserts `count` contacts `c0`, `c1`, … with one distinct number each.
    func add(_ campaign: String, count: Int, first: Int = 0) async throws {
        try await add(
            campaign,
            (first..<first + count).map { #"{"external_id": "c\#($0)", "phone_numbers": ["+1202555\#(1000 + $0)"]}"# })
    }

    func contacts(_ campaign: String) async throws -> [ContactRecord] {
        try await store.listContacts(org: org, campaign: campaign, limit: 200, offset: 0, statuses: []).contacts
    }

    /// Status by external_id.
    func statuses(_ campaign: String) async throws -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: try await contacts(campaign).map { ($0.fields.externalID ?? $0.id, $0.status) })
    }

    func count(_ campaign: String, _ status: String) async throws -> Int {
        try await contacts(campaign).count { $0.status == status }
    }

    func dialer(callSeconds: Int = 2, completionRate: Double = 1, timeScale: Double = 1, seed: UInt64? = 7)
        -> SimulatedDialer
    {
        SimulatedDialer(
            store: store,
            settings: DialerSettings(
                enabled: true, callSeconds: callSeconds, completionRate: completionRate, timeScale: timeScale,
                seed: seed))
    }
}

@Suite struct DialerTests {
    @Test("Settings default to a disabled dialer")
    func defaults() {
        let settings = DialerSettings()
        #expect(
            settings
                == DialerSettings(
                    enabled: false, tickInterval: .milliseconds(200), callSeconds: 2, completionRate: 0.6, timeScale: 1,
                    seed: nil))
        #expect(settings.realCallSeconds == 2)
        #expect(DialerSettings(timeScale: 60).realRetryDelay(minutes: 60) == 60)
        #expect(DialerSettings(timeScale: 0).realRetryDelay(minutes: 1) == 60)
    }

    @Test("Claims stop at the org's concurrency limit; locked then in_progress count as active")
    func concurrencyLimit() async throws {
        let fixture = try Fixture()
        _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 3}"#))
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 10)
        let dialer = fixture.dialer()

        #expect(try await dialer.tick(now: wednesdayNoon).claimed == 3)
        #expect(try await fixture.count(campaign, "locked") == 3)
        let second = try await dialer.tick(now: wednesdayNoon)
        #expect(second.started == 3 && second.claimed == 0)
        #expect(try await fixture.count(campaign, "in_progress") == 3)
        #expect(try await fixture.store.concurrency(org: fixture.org).activeCalls == 3)
        // Two seconds later the three calls end and three more contacts take their lines.
        let third = try await dialer.tick(now: wednesdayNoon + 2)
        #expect(third.completed == 3 && third.claimed == 3)
    }

    @Test("The platform cap of 50 wins over a higher org limit")
    func platformCap() async throws {
        let fixture = try Fixture()
        _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 100}"#))
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 60)
        #expect(try await fixture.dialer().tick(now: wednesdayNoon).claimed == Contract.platformCallCap)
    }

    @Test("Only contacts inside their window are claimed: own zone, default zone, override zone")
    func windowsGateClaims() async throws {
        let fixture = try Fixture()
        let schedule = #"""
            {"default_timezone": "Etc/UTC",
             "default_windows": [{"days": ["wed"], "start": "09:00", "end": "17:00"}],
             "overrides": [{"timezones": ["America/Chicago"], "windows": [{"days": ["wed"], "start": "06:00", "end": "07:00"}]}]}
            """#
        let campaign = try await fixture.campaign(schedule: schedule)
        try await fixture.add(
            campaign,
            [
                #"{"external_id": "utc", "phone_numbers": ["+12025551000"]}"#,
                #"{"external_id": "new-york", "timezone": "America/New_York", "phone_numbers": ["+12025551001"]}"#,
                #"{"external_id": "chicago", "timezone": "America/Chicago", "phone_numbers": ["+12025551002"]}"#,
            ])
        // Wednesday 12:00 UTC is 07:00 in New York (outside 09–17) and 06:00 in Chicago (its override).
        #expect(try await fixture.dialer().tick(now: wednesdayNoon).claimed == 2)
        #expect(try await fixture.statuses(campaign) == ["utc": "locked", "new-york": "pending", "chicago": "locked"])
    }

    @Test("A window crossing midnight covers the next morning through the previous day's entry")
    func crossingMidnight() async throws {
        let fixture = try Fixture()
        let campaign = try await fixture.campaign(
            schedule:
                #"{"default_timezone": "Etc/UTC", "default_windows": [{"days": ["fri"], "start": "22:00", "end": "02:00"}]}"#
        )
        try await fixture.add(campaign, count: 1)
        let dialer = fixture.dialer()
        #expect(try await dialer.tick(now: saturdayMidnight + 2 * 3600).claimed == 0)
        #expect(try await dialer.tick(now: saturdayMidnight + 3600).claimed == 1)
    }

    @Test("A schedule without windows never calls")
    func emptyWindows() async throws {
        let fixture = try Fixture()
        let campaign = try await fixture.campaign(schedule: "{}")
        try await fixture.add(campaign, count: 3)
        let dialer = fixture.dialer()
        for hour in stride(from: Int64(0), to: 7 * 24, by: 5) {
            #expect(try await dialer.tick(now: wednesdayNoon + hour * 3600).claimed == 0)
        }
        #expect(try await fixture.count(campaign, "pending") == 3)
    }

    @Test("A paused campaign gets no new claims, its calls in flight finish, and start resumes it")
    func pausedCampaign() async throws {
        let fixture = try Fixture()
        _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 2}"#))
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 4)
        let dialer = fixture.dialer()
        #expect(try await dialer.tick(now: wednesdayNoon).claimed == 2)
        _ = try await fixture.store.transition(org: fixture.org, reference: campaign, action: .pause)

        #expect(try await dialer.tick(now: wednesdayNoon).started == 2)
        let ending = try await dialer.tick(now: wednesdayNoon + 2)
        #expect(ending.completed == 2 && ending.claimed == 0)
        #expect(try await dialer.tick(now: wednesdayNoon + 3).claimed == 0)
        #expect(try await fixture.count(campaign, "pending") == 2)

        _ = try await fixture.store.transition(org: fixture.org, reference: campaign, action: .start)
        #expect(try await dialer.tick(now: wednesdayNoon + 4).claimed == 2)
    }

    @Test("A closed campaign gets no new claims")
    func closedCampaign() async throws {
        let fixture = try Fixture()
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 2)
        _ = try await fixture.store.transition(org: fixture.org, reference: campaign, action: .close)
        #expect(try await fixture.dialer().tick(now: wednesdayNoon) == DialerTickReport())
    }

    @Test("Unanswered calls retry on the next number after the delay, then end exhausted at max_attempts")
    func retriesThenExhausted() async throws {
        let fixture = try Fixture()
        let campaign = try await fixture.campaign(policy: #"{"max_attempts": 3, "retry_delay_minutes": 1}"#)
        try await fixture.add(
            campaign, [#"{"external_id": "lead", "phone_numbers": ["+12025551000", "+12025551001"]}"#])
        let dialer = fixture.dialer(completionRate: 0)
        var now = wednesdayNoon
        for attempt in 1...3 {
            #expect(try await dialer.tick(now: now).claimed == 1, "claim of attempt \(attempt)")
            #expect(try await dialer.tick(now: now).started == 1)
            #expect(try await dialer.tick(now: now + 1).ended == 0, "a call lasts callSeconds")
            let ending = try await dialer.tick(now: now + 2)
            #expect(attempt < 3 ? ending.retried == 1 : ending.exhausted == 1)
            #expect(try await dialer.tick(now: now + 61).claimed == 0, "the retry waits retry_delay_minutes")
            now += 62
        }
        let contact = try #require(try await fixture.contacts(campaign).first)
        #expect(contact.status == "exhausted")
        #expect(contact.attempts.map(\.phoneNumber) == ["+12025551000", "+12025551001", "+12025551000"])
        #expect(contact.attempts.map(\.outcome) == ["no_answer", "no_answer", "no_answer"])
        #expect(contact.attempts.map(\.endedAt) == contact.attempts.map { $0.startedAt + 2 })
        #expect(try await dialer.tick(now: now + 3600) == DialerTickReport())
    }

    @Test("An answered call completes the contact with one attempt")
    func completedPath() async throws {
        let fixture = try Fixture()
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 1)
        let dialer = fixture.dialer(completionRate: 1)
        try await dialer.tick(now: wednesdayNoon)
        try await dialer.tick(now: wednesdayNoon + 1)
        #expect(try await dialer.tick(now: wednesdayNoon + 3).completed == 1)
        let contact = try #require(try await fixture.contacts(campaign).first)
        #expect(contact.status == "completed")
        #expect(contact.attempts.count == 1)
        let attempt = try #require(contact.attempts.first)
        #expect(
            attempt.outcome == "answered" && attempt.startedAt == wednesdayNoon + 1
                && attempt.endedAt == wednesdayNoon + 3)
        #expect(
            attempt.phoneNumber == "+12025551000" && UUIDShape.matches(attempt.conversationID)
                && UUIDShape.matches(attempt.id))
    }

    @Test(
        "A listed page carries each contact's own attempts, not those of another campaign's contacts written in between"
    )
    func attemptsStayWithTheirContacts() async throws {
        let fixture = try Fixture()
        let first = try await fixture.campaign()
        let second = try await fixture.campaign()
        // Alternating upserts interleave the two campaigns' contacts in the store's order.
        for index in 0..<6 { try await fixture.add(index.isMultiple(of: 2) ? first : second, count: 1, first: index) }
        let dialer = fixture.dialer(completionRate: 1)
        var now = wednesdayNoon
        for _ in 0..<12 {
            try await dialer.tick(now: now)
            now += 3
        }
        for campaign in [first, second] {
            let contacts = try await fixture.contacts(campaign)
            #expect(contacts.count == 3)
            for contact in contacts {
                #expect(
                    contact.attempts.map(\.phoneNumber) == contact.fields.phoneNumbers,
                    "\(contact.fields.externalID ?? "")")
            }
        }
    }

    @Test("Ad-hoc contacts ignore windows and use the default policy (3 attempts, 60 minutes)")
    func adHocContacts() async throws {
        let fixture = try Fixture()
        try await fixture.add("default", [#"{"external_id": "walk-in", "phone_numbers": ["+12025551000"]}"#])
        let dialer = fixture.dialer(completionRate: 0)
        var now = saturdayMidnight + 3 * 3600
        for _ in 1...3 {
            #expect(try await dialer.tick(now: now).claimed == 1)
            try await dialer.tick(now: now)
            try await dialer.tick(now: now + 2)
            #expect(try await dialer.tick(now: now + 3600).claimed == 0)
            now += 2 + 3600
        }
        let contact = try #require(try await fixture.contacts("default").first)
        #expect(contact.status == "exhausted" && contact.attempts.count == 3)
    }

    @Test("Higher-priority campaigns are claimed first, then contacts in order")
    func priorityOrder() async throws {
        let fixture = try Fixture()
        _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 3}"#))
        let low = try await fixture.campaign(priority: 1)
        let high = try await fixture.campaign(priority: 9)
        try await fixture.add(low, count: 3)
        try await fixture.add(high, count: 2, first: 10)
        #expect(try await fixture.dialer().tick(now: wednesdayNoon).claimed == 3)
        #expect(try await fixture.statuses(high) == ["c10": "locked", "c11": "locked"])
        #expect(try await fixture.statuses(low) == ["c0": "locked", "c1": "pending", "c2": "pending"])
    }

    @Test("Stats follow the dialer, and updated_at doesn't move")
    func statsReflectDialer() async throws {
        let fixture = try Fixture()
        _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 2}"#))
        let campaign = try await fixture.campaign()
        try await fixture.add(campaign, count: 4)
        let before = try await fixture.contacts(campaign).map(\.updatedAt)
        let dialer = fixture.dialer()
        try await dialer.tick(now: wednesdayNoon)
        try await dialer.tick(now: wednesdayNoon)
        try await dialer.tick(now: wednesdayNoon + 2)

        let stats = try await fixture.store.stats(org: fixture.org, campaignID: campaign)
        #expect((stats.total, stats.pending, stats.inProgress, stats.completed, stats.exhausted) == (4, 0, 2, 2, 0))
        #expect(stats.attempts == 2 && stats.averagePerContact == 0.5)
        #expect(stats.activeCalls == 2 && stats.concurrencyLimit == 2)
        #expect(try await fixture.contacts(campaign).map(\.updatedAt) == before)
    }

    @Test("scheduled_at holds the first call back, which uses scheduled_windows")
    func scheduledContacts() async throws {
        let fixture = try Fixture()
        let schedule = #"""
            {"default_timezone": "Etc/UTC", "default_windows": [{"days": ["wed"], "start": "09:00", "end": "17:00"}],
             "scheduled_windows": [{"days": ["wed"], "start": "18:00", "end": "20:00"}]}
            """#
        let campaign = try await fixture.campaign(schedule: schedule)
        try await fixture.add(
            campaign,
            [#"{"external_id": "s", "scheduled_at": "2026-11-25T18:30:00Z", "phone_numbers": ["+12025551000"]}"#])
        let dialer = fixture.dialer(completionRate: 0)
        let evening = wednesdayNoon + 6 * 3600 + 1800
        #expect(
            try await dialer.tick(now: wednesdayNoon).claimed == 0, "inside default_windows but before scheduled_at")
        #expect(try await dialer.tick(now: evening).claimed == 1, "18:30 is inside scheduled_windows")
        try await dialer.tick(now: evening)
        #expect(try await dialer.tick(now: evening + 2).retried == 1)
        #expect(
            try await dialer.tick(now: evening + 3600).claimed == 0, "a retry uses default_windows, closed at 19:30")
    }

    @Test("Seeded outcomes repeat exactly; timeScale shortens retry delays")
    func seededAndScaled() async throws {
        func run() async throws -> [String: String] {
            let fixture = try Fixture()
            _ = try await fixture.store.setConcurrency(org: fixture.org, body: json(#"{"concurrency_limit": 50}"#))
            let campaign = try await fixture.campaign(policy: #"{"max_attempts": 2, "retry_delay_minutes": 60}"#)
            try await fixture.add(campaign, count: 30)
            let dialer = fixture.dialer(completionRate: 0.5, timeScale: 60, seed: 42)
            for second in 0..<200 { try await dialer.tick(now: wednesdayNoon + Int64(second)) }
            return try await fixture.statuses(campaign)
        }
        let first = try await run()
        #expect(try await run() == first)
        // 60 simulated minutes are 60 real seconds at timeScale 60, so every contact finished.
        #expect(first.values.allSatisfy { $0 == "completed" || $0 == "exhausted" })
        #expect(first.values.contains("completed") && first.values.contains("exhausted"))
    }

    @Test("run() returns once cancelled, enabled or not")
    func runStopsOnCancel() async throws {
        let store = try EmulatorStore(storage: .inMemory)
        for enabled in [false, true] {
            let dialer = SimulatedDialer(
                store: store, settings: DialerSettings(enabled: enabled, tickInterval: .milliseconds(1)))
            let task = Task { await dialer.run() }
            task.cancel()
            await task.value
        }
    }

    @Test("CallingWindow decides by local weekday and time", arguments: windowCases)
    func callingWindow(_ example: CallingWindowCase) {
        let window = CallingWindow(schedule: example.schedule)
        #expect(
            window.isOpen(contactTimezone: example.zone, firstScheduledCall: example.firstScheduled, at: example.at)
                == example.open)
    }

    @Test("CallingWindow knows a schedule without any window")
    func callingWindowEmpty() {
        #expect(!CallingWindow(schedule: Schedule()).hasAnyWindow)
        #expect(
            CallingWindow(
                schedule: Schedule(overrides: [
                    ScheduleOverride(timezones: ["Etc/UTC"], windows: [window(["mon"], "09:00", "10:00")])
                ])
            ).hasAnyWindow)
    }
}

private func window(_ days: [String], _ start: String, _ end: String) -> AnyreachEmulator.TimeWindow {
    TimeWindow(days: days, start: start, end: end)
}

/// One row of the CallingWindow table.
struct CallingWindowCase: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var schedule: AnyreachEmulator.Schedule
    var zone: String?
    var firstScheduled = false
    var at: Int64
    var open: Bool
}

private let weekdays = ["mon", "tue", "wed", "thu", "fri"]
private let utcOffice = Schedule(defaultTimezone: "Etc/UTC", defaultWindows: [window(weekdays, "09:00", "17:00")])
private let newYorkOffice = Schedule(
    defaultTimezone: "America/New_York", defaultWindows: [window(weekdays, "09:00", "17:00")])
private let chicagoOverride = Schedule(
    defaultTimezone: "Etc/UTC", defaultWindows: [window(weekdays, "09:00", "17:00")],
    overrides: [ScheduleOverride(timezones: ["America/Chicago"], windows: [window(["wed"], "06:00", "07:00")])])
private let lateFriday = Schedule(defaultTimezone: "Etc/UTC", defaultWindows: [window(["fri"], "22:00", "02:00")])
private let lateSunday = Schedule(defaultTimezone: "Etc/UTC", defaultWindows: [window(["sun"], "22:00", "02:00")])
private let scheduledMorning = Schedule(
    defaultTimezone: "Etc/UTC", defaultWindows: [window(weekdays, "09:00", "17:00")],
    scheduledWindows: [window(["wed"], "06:00", "08:00")])
private let scheduledChicago = Schedule(
    defaultTimezone: "Etc/UTC", defaultWindows: [window(weekdays, "09:00", "17:00")],
    overrides: chicagoOverride.overrides,
    scheduledOverrides: [ScheduleOverride(timezones: ["America/Chicago"], windows: [window(["wed"], "10:00", "11:00")])]
)
private let hour: Int64 = 3600
/// Monday 2026-03-09 13:30 UTC (09:30 EDT, the day after the switch) and Friday 2026-03-06 13:30 UTC (08:30 EST).
private let mondayAfterDST: Int64 = 1_773_063_000
private let fridayBeforeDST: Int64 = 1_772_803_800

private let windowCases: [CallingWindowCase] = [
    .init(testDescription: "inside on a listed day", schedule: utcOffice, at: wednesdayNoon, open: true),
    .init(testDescription: "start is inclusive", schedule: utcOffice, at: wednesdayNoon - 3 * hour, open: true),
    .init(
        testDescription: "a minute before start", schedule: utcOffice, at: wednesdayNoon - 3 * hour - 60, open: false),
    .init(testDescription: "a minute before end", schedule: utcOffice, at: wednesdayNoon + 5 * hour - 60, open: true),
    .init(testDescription: "end is exclusive", schedule: utcOffice, at: wednesdayNoon + 5 * hour, open: false),
    .init(testDescription: "day not listed", schedule: utcOffice, at: saturdayMidnight + 12 * hour, open: false),
    .init(
        testDescription: "contact zone: 07:00 in New York", schedule: utcOffice, zone: "America/New_York",
        at: wednesdayNoon, open: false),
    .init(
        testDescription: "contact zone: 10:00 in New York", schedule: utcOffice, zone: "America/New_York",
        at: wednesdayNoon + 3 * hour, open: true),
    .init(
        testDescription: "default zone when the contact has none", schedule: newYorkOffice, at: wednesdayNoon,
        open: false),
    .init(testDescription: "default zone, later", schedule: newYorkOffice, at: wednesdayNoon + 3 * hour, open: true),
    .init(
        testDescription: "alias zone", schedule: utcOffice, zone: "US/Eastern", at: wednesdayNoon + 3 * hour, open: true
    ),
    .init(testDescription: "daylight saving time: 09:30 EDT", schedule: newYorkOffice, at: mondayAfterDST, open: true),
    .init(testDescription: "standard time: 08:30 EST", schedule: newYorkOffice, at: fridayBeforeDST, open: false),
    .init(
        testDescription: "override zone opens early", schedule: chicagoOverride, zone: "America/Chicago",
        at: wednesdayNoon, open: true),
    .init(
        testDescription: "override replaces the defaults", schedule: chicagoOverride, zone: "America/Chicago",
        at: wednesdayNoon + 3 * hour, open: false),
    .init(
        testDescription: "other zones keep the defaults", schedule: chicagoOverride, zone: "America/New_York",
        at: wednesdayNoon + 3 * hour, open: true),
    .init(
        testDescription: "crossing midnight: Friday 23:00", schedule: lateFriday, at: saturdayMidnight - hour,
        open: true),
    .init(
        testDescription: "crossing midnight: Saturday 01:00", schedule: lateFriday, at: saturdayMidnight + hour,
        open: true),
    .init(
        testDescription: "crossing midnight: Saturday 02:00 is the end", schedule: lateFriday,
        at: saturdayMidnight + 2 * hour, open: false),
    .init(
        testDescription: "crossing midnight: Friday 01:00 belongs to Thursday", schedule: lateFriday,
        at: saturdayMidnight - 23 * hour, open: false),
    .init(
        testDescription: "crossing midnight: Saturday 22:30 is not listed", schedule: lateFriday,
        at: saturdayMidnight + 22 * hour + 1800, open: false),
    .init(
        testDescription: "crossing midnight: Sunday's entry covers Monday 01:00", schedule: lateSunday,
        at: saturdayMidnight + 49 * hour, open: true),
    .init(
        testDescription: "empty windows", schedule: Schedule(defaultTimezone: "Etc/UTC"), at: wednesdayNoon, open: false
    ),
    .init(
        testDescription: "unknown zone", schedule: utcOffice, zone: "Mars/Olympus_Mons", at: wednesdayNoon, open: false),
    .init(
        testDescription: "first scheduled call uses scheduled_windows", schedule: scheduledMorning,
        firstScheduled: true, at: wednesdayNoon - 5 * hour, open: true),
    .init(
        testDescription: "scheduled_windows replace the defaults", schedule: scheduledMorning, firstScheduled: true,
        at: wednesdayNoon, open: false),
    .init(
        testDescription: "retries use default_windows", schedule: scheduledMorning, at: wednesdayNoon - 5 * hour,
        open: false),
    .init(
        testDescription: "null scheduled_windows fall back", schedule: utcOffice, firstScheduled: true,
        at: wednesdayNoon, open: true),
    .init(
        testDescription: "scheduled_overrides for a first call", schedule: scheduledChicago, zone: "America/Chicago",
        firstScheduled: true, at: wednesdayNoon + 4 * hour + 1800, open: true),
    .init(
        testDescription: "overrides for a retry", schedule: scheduledChicago, zone: "America/Chicago",
        at: wednesdayNoon + 4 * hour + 1800, open: false),
    .init(
        testDescription: "null scheduled_overrides fall back", schedule: chicagoOverride, zone: "America/Chicago",
        firstScheduled: true, at: wednesdayNoon, open: true),
]
