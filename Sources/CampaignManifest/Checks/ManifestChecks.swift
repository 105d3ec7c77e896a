import PhoneNumbers
import ScheduleRules

/// The checks that need the merged picture: references between resources and the contacts of
/// each campaign, whose numbers depend on the configuration's country code.
struct ManifestChecks {
    let sink: DiagnosticSink
    let timezones: TimezoneDatabase

    func check(_ state: inout DesiredState) {
        let configurations = Dictionary(state.configurations.map { ($0.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        for index in state.campaigns.indices {
            let campaign = state.campaigns[index]
            let configuration = configurations[campaign.configuration]
            if configuration == nil {
                let location = campaign.fieldLocations["configuration"] ?? campaign.location
                sink.warning(location, "configuration '\(campaign.configuration)' is not in the manifests; it must exist live, and phone numbers are checked with +1 until then")
            }
            let code = configuration.flatMap { CallingCode($0.dialingPolicy.defaultCountryCode) } ?? .northAmerica
            ContactChecks(sink: sink, timezones: timezones, phoneRule: .normalize(code), owner: "campaign '\(campaign.externalID)'")
                .check(&state.campaigns[index].contacts)
        }
        if state.adHocContacts != nil {
            ContactChecks(sink: sink, timezones: timezones, phoneRule: .e164Only, owner: "adhoc_contacts").check(&state.adHocContacts!.contacts)
        }
    }
}
