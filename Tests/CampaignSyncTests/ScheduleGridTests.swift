import AnyreachModel
import CampaignSync
import ScheduleRules
import Testing

/// The week grid that `windows` prints and the plan's markdown shows for a schedule change: one
/// column per half hour, `#` calls may start, `!` they may start outside the band, `.` none.
@Suite struct ScheduleGridTests {
    static let weekdays = ["mon", "tue", "wed", "thu", "fri"]

    /// The cells of `day`'s row (the row without its label).
    static func row(_ day: String, _ windows: [TimeWindow], band: CallingHours = .usual) -> String {
        let grid = WeekGrid(coverage: WeekCoverage(windows), band: band)
        let line = grid.lines.first { $0.hasPrefix(day + " ") }!
        return String(line.dropFirst(5))
    }

    /// 48 cells from runs: `cells([(18, "."), (16, "#")])` and the rest `.`.
    static func cells(_ runs: [(Int, Character)]) -> String {
        let drawn = runs.map { String(repeating: $0.1, count: $0.0) }.joined()
        return drawn + String(repeating: ".", count: 48 - drawn.count)
    }

    @Test func aWindowInsideTheBandIsHashesAndTheBandRowMarksEightToNine() {
        let windows = [TimeWindow(days: Self.weekdays, start: "09:00", end: "17:00")]
        let grid = WeekGrid(coverage: WeekCoverage(windows), band: .usual)
        #expect(grid.lines[0] == "     00  02  04  06  08  10  12  14  16  18  20  22")
        #expect(
            grid.lines[1] == "band " + String(repeating: "-", count: 16) + String(repeating: "=", count: 26) + "------")
        #expect(Self.row("mon", windows) == Self.cells([(18, "."), (16, "#")]))
        #expect(Self.row("sat", windows) == Self.cells([]))
        #expect(grid.lines.count == 9, "the ruler, the band, seven days")
    }

    @Test func hoursOutsideTheBandAreMarkedWhereAWindowCoversThem() {
        let windows = [TimeWindow(days: ["tue"], start: "07:00", end: "22:00")]
        #expect(Self.row("tue", windows) == Self.cells([(14, "."), (2, "!"), (26, "#"), (2, "!")]))
        #expect(Self.row("mon", windows) == Self.cells([]))
    }

    @Test func aHalfHourPartlyOutsideTheBandIsMarkedOutside() {
        let band = CallingHours(earliest: 8 * 60 + 15, latest: 21 * 60)
        let windows = [TimeWindow(days: ["wed"], start: "08:00", end: "09:10")]
        #expect(Self.row("wed", windows, band: band) == Self.cells([(16, "."), (1, "!"), (2, "#")]))
        let bandRow = WeekGrid(coverage: WeekCoverage(windows), band: band).lines[1]
        #expect(bandRow.dropFirst(5).prefix(18) == String(repeating: "-", count: 17) + "=")
    }

    /// §6.1: the early-morning part of a window crossing midnight belongs to the previous day's
    /// entry, so it is drawn at the start of the next day's row; Sunday's runs into Monday.
    @Test func aWindowCrossingMidnightEndsOnTheNextDaysRow() {
        let windows = [
            TimeWindow(days: ["fri"], start: "22:00", end: "02:00"),
            TimeWindow(days: ["sun"], start: "20:00", end: "01:00"),
        ]
        #expect(Self.row("fri", windows) == Self.cells([(44, "."), (4, "!")]))
        #expect(Self.row("sat", windows) == Self.cells([(4, "!")]))
        #expect(Self.row("sun", windows) == Self.cells([(40, "."), (2, "#"), (6, "!")]))
        #expect(Self.row("mon", windows) == Self.cells([(2, "!")]))
    }

    @Test func aWindowEndingAtMidnightStopsAtTheEndOfItsDay() {
        let windows = [TimeWindow(days: ["thu"], start: "20:00", end: "00:00")]
        #expect(Self.row("thu", windows) == Self.cells([(40, "."), (2, "#"), (6, "!")]))
        #expect(Self.row("fri", windows) == Self.cells([]))
    }

    @Test func overlappingWindowsCoverTheSameMinutesAsOne() {
        let split = [
            TimeWindow(days: ["mon"], start: "09:00", end: "12:00"),
            TimeWindow(days: ["mon"], start: "11:00", end: "17:00"),
        ]
        #expect(WeekCoverage(split) == WeekCoverage([TimeWindow(days: ["mon"], start: "09:00", end: "17:00")]))
    }

    @Test func theLegendNamesTheBand() {
        let legend = WeekGrid.legend(CallingHours(earliest: 9 * 60, latest: 20 * 60 + 30))
        #expect(legend.contains("! outside 09:00–20:30"))
        #expect(legend.count <= 100, "fits a terminal and a comment's code block")
    }
}
