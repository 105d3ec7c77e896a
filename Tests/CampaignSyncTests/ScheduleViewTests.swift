import AnyreachModel
import CampaignSync
import ScheduleRules
import Testing

/// Which zones share a grid, the part for a scheduled contact's first call, and the before and
/// after of a schedule change as a plan shows it.
@Suite struct ScheduleViewTests {
    static let days = ["mon", "tue", "wed", "thu", "fri"]
    static let nineToFive = [TimeWindow(days: days, start: "09:00", end: "17:00")]
    static let tenToSix = [TimeWindow(days: days, start: "10:00", end: "18:00")]

    static func labels(_ view: ScheduleView) -> [[String]] {
        view.parts.map { $0.groups.map(\.label) }
    }

    @Test func anOverrideZoneWithOtherWindowsGetsItsOwnGridAndEqualWindowsShareOne() {
        let schedule = Schedule(
            defaultTimezone: "America/New_York", defaultWindows: Self.nineToFive,
            overrides: [
                ScheduleOverride(timezones: ["America/Los_Angeles", "America/Denver"], windows: Self.tenToSix),
                // Written otherwise, the same minutes as the default windows.
                ScheduleOverride(
                    timezones: ["America/Chicago"],
                    windows: [
                        TimeWindow(days: ["mon", "tue", "wed"], start: "09:00", end: "17:00"),
                        TimeWindow(days: ["thu", "fri"], start: "09:00", end: "17:00"),
                    ]),
            ])
        #expect(
            Self.labels(ScheduleView(schedule)) == [
                [
                    "America/New_York (default_timezone), America/Chicago and every zone without an override",
                    "America/Los_Angeles, America/Denver",
                ]
            ])
    }

    @Test func anOverrideListingTheDefaultZoneTakesIt() {
        let schedule = Schedule(
            defaultTimezone: "America/New_York", defaultWindows: Self.nineToFive,
            overrides: [
                ScheduleOverride(timezones: ["America/New_York"], windows: Self.tenToSix),
                ScheduleOverride(timezones: ["America/New_York", "Europe/Paris"], windows: []),
            ])
        let view = ScheduleView(schedule)
        #expect(
            Self.labels(view) == [
                ["every zone without an override", "America/New_York (default_timezone)", "Europe/Paris"]
            ], "the first override listing a zone wins, as the dialer reads it")
        let lines = ScheduleGridRenderer(band: .usual).lines(view)
        #expect(lines.contains("Europe/Paris: no window, so no calls"))
    }

    @Test func scheduledWindowsGetAPartOfTheirOwnThatFallsBackToTheRegularOverrides() {
        let schedule = Schedule(
            defaultTimezone: "Europe/London", defaultWindows: Self.nineToFive,
            overrides: [ScheduleOverride(timezones: ["Europe/Dublin"], windows: Self.tenToSix)],
            scheduledWindows: [TimeWindow(days: ["sat"], start: "07:00", end: "12:00")])
        let view = ScheduleView(schedule)
        #expect(
            view.parts.map(\.title) == [
                "regular contacts and every retry (default_windows, overrides)",
                "first call of a scheduled contact (scheduled_windows, overrides)",
            ])
        #expect(view.parts[1].groups[0].coverage == WeekCoverage(schedule.scheduledWindows!))
        #expect(view.parts[1].groups[1].coverage == WeekCoverage(Self.tenToSix), "null scheduled_overrides: overrides")
        let lines = ScheduleGridRenderer(band: .usual).lines(view)
        #expect(lines.contains("first call of a scheduled contact (scheduled_windows, overrides):"))
        #expect(
            lines.contains(
                "    sat  " + String(repeating: ".", count: 14) + "!!" + String(repeating: "#", count: 8)
                    + String(repeating: ".", count: 24)))
    }

    @Test func withoutScheduledWindowsThereIsOnePartAndNoTitle() {
        let view = ScheduleView(Schedule(defaultWindows: Self.nineToFive))
        #expect(view.parts.count == 1)
        let lines = ScheduleGridRenderer(band: .usual).lines(view)
        #expect(lines.first == "America/New_York (default_timezone) and every zone without an override")
    }

    @Test func aChangeDrawsTheGroupsThatDifferBeforeAndAfterAndNamesTheOthersOnce() {
        let hawaii = ScheduleOverride(timezones: ["Pacific/Honolulu"], windows: Self.tenToSix)
        let before = Schedule(defaultWindows: Self.nineToFive, overrides: [hawaii])
        var after = before
        after.defaultWindows = [TimeWindow(days: Self.days, start: "09:00", end: "22:00")]
        let lines = ScheduleGridRenderer(band: .usual).change(from: before, to: after)
        let label = "America/New_York (default_timezone) and every zone without an override"
        #expect(
            lines.filter { $0 == "  " + label }.count == 2, "drawn before and after:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains("calling windows before:") && lines.contains("calling windows after:"))
        #expect(lines.contains("unchanged: Pacific/Honolulu"))
        #expect(lines.contains { $0.hasPrefix("    mon") && $0.hasSuffix("##!!....") })
        #expect(lines.last == WeekGrid.legend(.usual))
    }

    @Test func aNewConfigurationIsDrawnAfterOnly() {
        let lines = ScheduleGridRenderer(band: .usual).change(from: nil, to: Schedule(defaultWindows: Self.nineToFive))
        #expect(!lines.contains("calling windows before:"))
        #expect(lines.first == "calling windows after:")
    }

    @Test func windowsRewrittenToTheSameHoursSaySo() {
        let before = Schedule(defaultWindows: Self.nineToFive)
        let after = Schedule(
            defaultWindows: Self.nineToFive.flatMap { window in
                window.days.map { TimeWindow(days: [$0], start: window.start, end: window.end) }
            })
        let lines = ScheduleGridRenderer(band: .usual).change(from: before, to: after)
        #expect(lines.first == "the windows cover the same hours before and after")
    }
}
