import AnyreachModel
import ScheduleRules

/// Every calling window of every configuration (defaults, overrides, scheduled windows and
/// scheduled overrides) against `policy.calling_hours`, or against 08:00–21:00 as a warning that
/// says how to set one. Each window is named with the zones it applies to and the hours outside.
struct CallingHoursCheck {
    let sink: DiagnosticSink

    func check(_ state: DesiredState) {
        let policy = state.policy.callingHours
        let band = policy?.hours ?? .usual
        for configuration in state.configurations {
            for window in Self.windows(of: configuration.state.schedule) {
                let outside = band.outside(window.window)
                guard !outside.isEmpty else { continue }
                report(window, outside: outside, in: configuration, band: band, policy: policy)
            }
        }
    }

    private func report(
        _ window: PlacedWindow, outside: [String], in configuration: ConfigurationSpec, band: CallingHours,
        policy: CallingHoursSpec?
    ) {
        let location = configuration.windowLocations[window.path] ?? configuration.location
        let days = window.window.days.joined(separator: ",")
        let message =
            "configuration \(Snippet(configuration.externalID)): \(window.path) (\(days) \(window.window.start)–\(window.window.end) in \(window.zones.joined(separator: ", "))) calls outside \(CallingHours.text(band.earliest))–\(CallingHours.text(band.latest)): \(outside.joined(separator: " and "))"
        guard let policy else {
            sink.warning(
                location, message, kind: .callingHours,
                hint:
                    "set policy.calling_hours (earliest, latest) to the hours your jurisdiction allows; until then windows are checked against 08:00–21:00"
            )
            return
        }
        if policy.isError {
            sink.error(location, message, kind: .callingHours, hint: "policy.calling_hours says enforce: error")
        } else {
            sink.warning(location, message, kind: .callingHours)
        }
    }

    /// A window, where it is in the schedule, and the zones whose contacts it applies to.
    struct PlacedWindow {
        var window: TimeWindow
        var path: String
        var zones: [String]
    }

    static func windows(of schedule: Schedule) -> [PlacedWindow] {
        let defaultZone = [schedule.defaultTimezone]
        var placed = listed(schedule.defaultWindows, "default_windows", defaultZone)
        placed += overridden(schedule.overrides, "overrides")
        placed += listed(schedule.scheduledWindows ?? [], "scheduled_windows", defaultZone)
        placed += overridden(schedule.scheduledOverrides ?? [], "scheduled_overrides")
        return placed
    }

    private static func listed(_ windows: [TimeWindow], _ path: String, _ zones: [String]) -> [PlacedWindow] {
        windows.enumerated().map { PlacedWindow(window: $1, path: "\(path)[\($0)]", zones: zones) }
    }

    private static func overridden(_ overrides: [ScheduleOverride], _ path: String) -> [PlacedWindow] {
        overrides.enumerated().flatMap { index, override in
            listed(override.windows, "\(path)[\(index)].windows", override.timezones)
        }
    }
}
