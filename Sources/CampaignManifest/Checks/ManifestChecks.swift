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
    /// `validate --strict`: a campaign's configuration that is neither in the manifests nor in
    /// `live_configurations` is an error rather than a warning.
    var strict = false

    func check(_ state: inout DesiredState) {
        let configurations = Dictionary(
            state.configurations.map { ($0.externalID, $0) }, uniquingKeysWith: { first, _ in first })
        let suppression = SuppressionFilter(list: state.policy.suppression)
        let references = References(
            live: state.liveConfigurations,
            known: Set(configurations.keys).union(brokenConfigurations).union(state.liveConfigurations).sorted())
        for index in state.campaigns.indices {
            // No copy of the campaign may live across the mutation below: it would share the
            // contacts' storage and make checking a million contacts copy them all first.
            let rule = phoneRule(
                for: state.campaigns[index], configuration: configurations[state.campaigns[index].configuration],
                references: references)
            let owner = "campaign \(Snippet(state.campaigns[index].externalID))"
            ContactChecks(sink: sink, timezones: timezones, phoneRule: rule, owner: owner)
                .check(&state.campaigns[index].contacts)
            state.campaigns[index].suppressed = suppression.apply(to: &state.campaigns[index].contacts)
        }
        if state.adHocContacts != nil {
            ContactChecks(sink: sink, timezones: timezones, phoneRule: .e164Only, owner: "adhoc_contacts")
                .check(&state.adHocContacts!.contacts)
            state.adHocContacts!.suppressed = suppression.apply(to: &state.adHocContacts!.contacts)
        }
        CallingHoursCheck(sink: sink).check(state)
        ContactZoneCheck(sink: sink, timezones: timezones).check(&state)
    }

    /// The configuration keys a campaign may name besides the manifests' configurations.
    private struct References {
        /// `live_configurations`: named without a diagnostic.
        var live: Set<String>
        /// Every key a misspelt one may have meant, sorted so that a tie suggests the same one.
        var known: [String]
    }

    /// The configuration's country code; +1 (with a warning unless it is declared live-only) when
    /// the configuration can only be found live.
    private func phoneRule(for campaign: CampaignSpec, configuration: ConfigurationSpec?, references: References)
        -> ContactChecks.PhoneRule
    {
        if let configuration {
            return .normalize(CallingCode(configuration.state.dialingPolicy.defaultCountryCode) ?? .northAmerica)
        }
        if brokenConfigurations.contains(campaign.configuration) { return .unchecked }
        if !references.live.contains(campaign.configuration) { reportUndeclared(campaign, known: references.known) }
        return .normalize(.northAmerica)
    }

    /// A warning (an error when strict) at the campaign's `configuration:`, with a did-you-mean.
    private func reportUndeclared(_ campaign: CampaignSpec, known: [String]) {
        let location = campaign.fieldLocations["configuration"] ?? campaign.location
        let name = Snippet(campaign.configuration)
        let hint =
            DidYouMean.suggestion(for: campaign.configuration, among: known).map { "did you mean \(Snippet($0))?" }
            ?? "if it exists only in the live org, list it in live_configurations"
        if strict {
            sink.error(
                location, "configuration \(name) is neither in the manifests nor in live_configurations",
                kind: .undeclaredConfiguration, hint: hint)
        } else {
            sink.warning(
                location,
                "configuration \(name) is not in the manifests; it must exist live, and phone numbers are checked with +1 until then",
                kind: .undeclaredConfiguration, hint: hint)
        }
    }
}
