import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import PhoneNumbers

/// Reads again, with the live configuration's `default_country_code`, the numbers of a campaign
/// whose configuration is only live.
///
/// The manifest checks can't see the org, so they normalized those numbers with +1; a national
/// number such as `207 946 0018` then becomes a North American number where the API, under a
/// `+44` configuration, stores a British one. Left alone, the plan would perpetually differ, and
/// an upsert would send (and the dialer call) the wrong number.
struct LiveCountryCode {
    let builder: PlanBuilder

    /// The spec with its contacts' numbers normalized as the API will store them.
    func renormalize(_ spec: CampaignSpec, under configuration: Configuration) -> CampaignSpec {
        let written = configuration.dialingPolicy.defaultCountryCode
        guard let code = CallingCode(written) else {
            builder.fail(
                .countryCode,
                "campaign \(Snippet(spec.externalID)) uses configuration \(Snippet(spec.configuration)), whose default_country_code \(Snippet(written)) is not a calling code; its numbers can't be read",
                at: spec.fieldLocations["configuration"] ?? spec.location)
            return spec
        }
        // +1 is what the checks used already.
        guard code.digits != CallingCode.northAmerica.digits else { return spec }
        var copy = spec
        for index in copy.contacts.indices {
            copy.contacts[index].state.phoneNumbers = normalized(copy.contacts[index], code, campaign: spec)
        }
        return copy
    }

    private func normalized(_ contact: ContactSpec, _ code: CallingCode, campaign: CampaignSpec) -> [String] {
        contact.rawPhoneNumbers.enumerated().compactMap { index, number in
            do throws(PhoneNumberError) {
                return try PhoneNumberNormalizer.normalize(number, defaultCountryCode: code).e164
            } catch {
                builder.fail(
                    .countryCode,
                    "contact \(Snippet(contact.externalID)) of campaign \(Snippet(campaign.externalID)): can't read phone number with the country code \(code.text) of configuration \(Snippet(campaign.configuration)): \(error.description)",
                    at: contact.fieldLocations["phone_numbers[\(index)]"] ?? contact.location)
                return nil
            }
        }
    }
}
