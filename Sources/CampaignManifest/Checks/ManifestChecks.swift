import AnyreachModel
import PhoneNumbers
import ScheduleRules

/// The checks that need the merged picture: references between resources and the contacts of
/// each campaign, whose numbers depend on the configuration's country code.
struct ManifestChecks {
    let sink: DiagnosticSink
    let timezones: TimezoneDatabase
    /// Configurations the manifests define but that failed to load: already reported, so
    /// campaigns naming them get no "not in the manifests" warning and no phone errors against a
    /// guessed country code.
    var brokenConfigurations: Set<String> = []

    func check(_ state: inout DesiredState) {
        let configurations = Dictionary(
            state.configurations.map { ($0.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        for index in state.campaigns.indices {
            // No copy of the campaign may live across the mutation below: it would share the
            // contacts' storage and make checking a million contacts copy them all first.
            let rule = phoneRule(
                for: state.campaigns[index], configuration: configurations[state.campaigns[index].configuration])
            let owner = "campaign \(Snippet(state.campaigns[index].externalID))"
            ContactChecks(sink: sink, timezones: timezones, phoneRule: rule, owner: owner)
                .check(&state.campaigns[index].contacts)
        }
        if state.adHocContacts != nil {
            ContactChecks(sink: sink, timezones: timezones, phoneRule: .e164Only, owner: "adhoc_contacts")
                .check(&state.adHocContacts!.contacts)
        }
    }

    /// The configuration's country code; +1 with a warning when the configuration can only be
    /// found live.
    private func phoneRule(for campaign: CampaignSpec, configuration: ConfigurationSpec?) -> ContactChecks.PhoneRule {
        if let configuration {
            return .normalize(CallingCode(configuration.state.dialingPolicy.defaultCountryCode) ?? .northAmerica)
        }
        if brokenConfigurations.contains(campaign.configuration) { return .unchecked }
        let location = campaign.fieldLocations["configuration"] ?? campaign.location
        sink.warning(
            location,
            "configuration \(Snippet(campaign.configuration)) is not in the manifests; it must exist live, and phone numbers are checked with +1 until then",
            kind: .undeclaredConfiguration)
        return .normalize(.northAmerica)
    }
}
