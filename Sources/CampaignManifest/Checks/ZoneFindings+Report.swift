extension ZoneFindings {
    /// One warning per kind of finding, at the first contact it names.
    func report(to sink: DiagnosticSink) {
        if let location = unresolvedTally.location {
            sink.warning(
                location,
                "\(scope.owner): timezone auto left \(Self.contacts(unresolvedTally.count)) without a zone of their own, their first number ringing in several time zones or none known: \(unresolvedTally.listing)",
                kind: .timezoneUnresolved, hint: "write their timezone; until then \(fallback) applies")
        }
        if let location = mismatchedTally.location {
            sink.warning(
                location,
                "\(scope.owner): \(Self.contacts(mismatchedTally.count)) \(mismatchedTally.count == 1 ? "is" : "are") in a time zone their first number doesn't ring in: \(mismatchedTally.listing)",
                kind: .timezoneMismatch,
                hint:
                    "correct the zone, or write timezone: auto (or the campaign's contact_timezone: auto) to take the number's; a number its owner took along when moving is right to keep"
            )
        }
    }

    /// The zone a contact that keeps none is called in.
    private var fallback: String {
        guard let zone = scope.defaultZone else { return "the configuration's default_timezone" }
        return "the configuration's default_timezone (\(zone))"
    }

    private static func contacts(_ count: Int) -> String {
        count == 1 ? "1 contact" : "\(count) contacts"
    }
}
