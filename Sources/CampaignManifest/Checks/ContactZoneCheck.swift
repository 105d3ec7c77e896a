import AnyreachModel
import PhoneNumbers
import ScheduleRules

/// The contacts' time zones against their numbers' (`PhoneTimeZones`): `timezone: auto` (or a
/// campaign's `contact_timezone: auto`) becomes the first number's zone when it has exactly one,
/// and a zone (the contact's own, or the configuration's `default_timezone`) that the number
/// doesn't ring in is a warning. It runs in the checks, after the numbers are normalized, so that
/// `validate` and `plan` agree and the desired state carries the concrete zone: the plan compares
/// it exactly with the live contact's, and is empty after apply.
struct ContactZoneCheck {
    let sink: DiagnosticSink
    let timezones: TimezoneDatabase

    /// Where a list of contacts stands: its name in messages, whether its contacts default to
    /// `auto`, and the zone a contact naming none gets (nil when the configuration is not in the
    /// manifests, as for ad-hoc contacts, whose `default` campaign's configuration is live only).
    struct Scope {
        var owner: String
        var autoByDefault = false
        var defaultZone: String?
    }

    func check(_ state: inout DesiredState) {
        let defaultZones = Dictionary(
            state.configurations.map { ($0.externalID, $0.state.schedule.defaultTimezone) },
            uniquingKeysWith: { first, _ in first })
        for index in state.campaigns.indices {
            let scope = Scope(
                owner: "campaign \(Snippet(state.campaigns[index].externalID))",
                autoByDefault: state.campaigns[index].autoContactTimezones,
                defaultZone: defaultZones[state.campaigns[index].configuration])
            check(&state.campaigns[index].contacts, scope)
        }
        if state.adHocContacts != nil {
            check(&state.adHocContacts!.contacts, Scope(owner: "adhoc_contacts"))
        }
    }

    private func check(_ contacts: inout [ContactSpec], _ scope: Scope) {
        var findings = ZoneFindings(scope: scope)
        for index in contacts.indices { check(&contacts[index], scope, &findings) }
        findings.report(to: sink)
    }

    private func check(_ contact: inout ContactSpec, _ scope: Scope, _ findings: inout ZoneFindings) {
        // A contact without a normalized number has had its error (or its configuration's) reported.
        guard let number = contact.state.phoneNumbers.first else { return }
        let zones = PhoneTimeZones.zones(ofE164: number)
        if contact.autoTimezone || (scope.autoByDefault && contact.state.timezone == nil) {
            guard zones.count == 1 else { return findings.unresolved(contact, numberZones: zones) }
            contact.state.timezone = zones[0]
        } else if let zone = contact.state.timezone ?? scope.defaultZone, isMismatch(zone, zones) {
            findings.mismatched(contact, zone: zone, numberZones: zones)
        }
    }

    /// Whether the number's zones are known and `zone` is none of them, an alias counting as the
    /// zone it names (`US/Pacific` is `America/Los_Angeles`). A zone the tz database doesn't know
    /// is an error of `ContactChecks` (or of the configuration) already.
    private func isMismatch(_ zone: String, _ zones: [String]) -> Bool {
        guard !zones.isEmpty, !zones.contains(zone), timezones.contains(zone) else { return false }
        let canonical = timezones.canonical(zone)
        return !zones.contains { timezones.canonical($0) == canonical }
    }
}
