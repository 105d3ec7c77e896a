import AnyreachModel

/// What `ContactZoneCheck` found among one campaign's contacts: each finding counted in full and
/// listed up to `listed`, then reported as one warning per kind, so that 100,000 contacts make
/// two lines rather than 100,000. Contacts are named by external_id and numbers only by their
/// zones: a warning never shows a phone number.
struct ZoneFindings {
    /// The most contacts a warning names; the rest are counted.
    static let listed = 10
    /// The most zones shown for one number (a mobile number in Russia may ring in eleven).
    static let zonesShown = 3

    let scope: ContactZoneCheck.Scope
    /// Contacts whose `auto` found no single zone: they keep none, and the default applies.
    private(set) var unresolvedTally = Tally()
    /// Contacts whose zone is not among their number's.
    private(set) var mismatchedTally = Tally()

    init(scope: ContactZoneCheck.Scope) {
        self.scope = scope
    }

    /// Contacts of one finding: how many, the first few described, and where the first is.
    struct Tally {
        var count = 0
        var items: [String] = []
        var location: SourceLocation?

        mutating func add(_ contact: ContactSpec, _ description: @autoclosure () -> String) {
            count += 1
            guard items.count < ZoneFindings.listed else { return }
            if location == nil { location = contact.at("timezone") }
            items.append(description())
        }

        /// The items, and how many more there are.
        var listing: String {
            items.joined(separator: ", ") + (count > items.count ? ", … and \(count - items.count) more" : "")
        }
    }

    mutating func unresolved(_ contact: ContactSpec, numberZones: [String]) {
        unresolvedTally.add(contact, "\(Snippet(contact.externalID)) (\(Self.shown(numberZones)))")
    }

    mutating func mismatched(_ contact: ContactSpec, zone: String, numberZones: [String]) {
        let whose = contact.state.timezone == nil ? ", the default_timezone" : ""
        mismatchedTally.add(
            contact, "\(Snippet(contact.externalID)) \(zone)\(whose) (number in \(Self.shown(numberZones)))")
    }

    /// A number's zones for a message: a few, then how many more; "none known" when empty.
    static func shown(_ zones: [String]) -> String {
        guard !zones.isEmpty else { return "none known" }
        let first = zones.prefix(zonesShown).joined(separator: ", ")
        return zones.count > zonesShown ? "\(first) and \(zones.count - zonesShown) more" : first
    }
}
