public import AnyreachModel

/// Time zones whose contacts get the same calling windows, so one grid shows them all.
public struct ZoneGroup: Hashable, Sendable {
    /// The zones the schedule names (its default zone, its overrides' zones), in schedule order.
    public var zones: [String]
    /// The schedule's `default_timezone`, when it is in `zones`: the label says so.
    public var defaultZone: String?
    /// Whether the group also holds every zone no override lists (it has the default windows).
    public var includesOtherZones: Bool
    public var coverage: WeekCoverage

    /// `America/New_York (default_timezone) and every zone without an override`.
    public var label: String {
        let named = zones.map { $0 == defaultZone ? "\($0) (default_timezone)" : $0 }.joined(separator: ", ")
        guard includesOtherZones else { return named }
        return named.isEmpty ? "every zone without an override" : "\(named) and every zone without an override"
    }

    /// The groups of one list of windows and its overrides. A zone an override lists gets that
    /// override's windows (the first override listing it, as the dialer picks); every other
    /// zone, the default one included unless an override lists it, gets `windows`. Zones whose
    /// windows cover the same minutes share a group; the default windows' group comes first.
    public static func groups(defaultZone: String, windows: [TimeWindow], overrides: [ScheduleOverride])
        -> [ZoneGroup]
    {
        var overridden: [(zone: String, coverage: WeekCoverage)] = []
        for override in overrides {
            let coverage = WeekCoverage(override.windows)
            for zone in override.timezones where !overridden.contains(where: { $0.zone == zone }) {
                overridden.append((zone, coverage))
            }
        }
        let defaultIsOverridden = overridden.contains { $0.zone == defaultZone }
        var groups = [
            ZoneGroup(
                zones: defaultIsOverridden ? [] : [defaultZone], defaultZone: defaultZone, includesOtherZones: true,
                coverage: WeekCoverage(windows))
        ]
        for (zone, coverage) in overridden {
            if let index = groups.firstIndex(where: { $0.coverage == coverage }) {
                groups[index].zones.append(zone)
            } else {
                groups.append(
                    ZoneGroup(zones: [zone], defaultZone: defaultZone, includesOtherZones: false, coverage: coverage))
            }
        }
        return groups
    }
}
