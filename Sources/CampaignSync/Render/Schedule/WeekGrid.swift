public import ScheduleRules

/// A week of local time drawn in plain characters, one column per half hour (00:00 at the left,
/// 23:30 at the right) and one row per day, Monday first, under a row marking the calling-hours
/// band. ASCII only, so it lines up in any terminal and in a GitHub comment's code block.
///
/// A day's cell is `#` when calls may start in that half hour, `!` when they may start there at
/// a minute outside the band (what a reviewer must not miss), `.` when no call may start. The
/// band row has `=` under half hours wholly inside the band and `-` elsewhere.
public struct WeekGrid: Sendable {
    public static let cellMinutes = 30
    static let cellsPerDay = WeekCoverage.minutesPerDay / cellMinutes
    /// The row labels' width: `band ` and `mon  `.
    static let labelWidth = 5

    public var coverage: WeekCoverage
    public var band: CallingHours

    public init(coverage: WeekCoverage, band: CallingHours) {
        self.coverage = coverage
        self.band = band
    }

    /// The hour ruler, the band and the seven days.
    public var lines: [String] {
        [Self.ruler, row("band", bandCells)]
            + TimeWindowRules.weekdays.indices.map { row(TimeWindowRules.weekdays[$0], dayCells($0)) }
    }

    /// What the characters mean; `band` as `HH:MM–HH:MM`.
    public static func legend(_ band: CallingHours) -> String {
        let hours = "\(CallingHours.text(band.earliest))–\(CallingHours.text(band.latest))"
        return "# calls may start   ! outside \(hours)   . no calls   = calling hours   (a column is 30 minutes)"
    }

    /// Every second hour, over the first of its two columns.
    static let ruler: String = {
        let hours = stride(from: 0, to: 24, by: 2).map { ($0 < 10 ? "0" : "") + String($0) }
        return String(repeating: " ", count: labelWidth) + hours.joined(separator: "  ")
    }()

    private func row(_ label: String, _ cells: [Character]) -> String {
        label + String(repeating: " ", count: Self.labelWidth - label.count) + String(cells)
    }

    private var bandCells: [Character] {
        cells.map { band.earliest <= $0.lowerBound && $0.upperBound <= band.latest ? "=" : "-" }
    }

    private func dayCells(_ day: Int) -> [Character] {
        cells.map { cell in
            let covered = coverage.covered(on: day, in: cell)
            if covered.isEmpty { return "." }
            return covered.allSatisfy { band.earliest <= $0.lowerBound && $0.upperBound <= band.latest } ? "#" : "!"
        }
    }

    /// The half hours of a day, as minute ranges.
    private var cells: [Range<Int>] {
        (0..<Self.cellsPerDay).map { $0 * Self.cellMinutes..<($0 + 1) * Self.cellMinutes }
    }
}
