import AnyreachModel
import ScheduleRules
import Testing

/// Each shape of window against the band a call may start in.
@Suite struct CallingHoursTests {
    static let band = CallingHours.usual

    static func window(_ start: String, _ end: String) -> TimeWindow {
        TimeWindow(days: ["mon"], start: start, end: end)
    }

    @Test(arguments: [
        ("09:00", "17:00", [String]()),
        ("08:00", "21:00", []),
        ("06:00", "10:00", ["06:00–08:00"]),
        ("19:00", "23:30", ["21:00–23:30"]),
        ("07:00", "22:00", ["07:00–08:00", "21:00–22:00"]),
        ("05:00", "07:00", ["05:00–07:00"]),
        // Crossing midnight: the evening part, then the morning part.
        ("20:00", "02:00", ["21:00–24:00", "00:00–02:00"]),
        ("22:00", "09:00", ["22:00–24:00", "00:00–08:00"]),
    ])
    func aWindowIsOutsideExactlyWhereItLeavesTheBand(start: String, end: String, outside: [String]) {
        #expect(Self.band.outside(Self.window(start, end)) == outside, "\(start)–\(end)")
    }

    @Test func anUnreadableWindowIsLeftToItsOwnCheck() {
        #expect(Self.band.outside(Self.window("9:00", "17:00")).isEmpty)
        #expect(Self.band.outside(Self.window("10:00", "10:00")).isEmpty)
    }

    @Test func aNarrowerBandMovesTheLimits() {
        let band = CallingHours(earliest: 9 * 60, latest: 20 * 60)
        #expect(band.outside(Self.window("08:30", "20:15")) == ["08:30–09:00", "20:00–20:15"])
    }
}
