import AnyreachModel
import Foundation
import PhoneNumbers
import ScheduleRules

/// Checks the contacts of one campaign (or of the ad-hoc list) and normalizes their numbers with
/// the same module the API uses.
struct ContactChecks {
    enum PhoneRule {
        case normalize(CallingCode)
        case e164Only
        /// The configuration is broken, so its country code is unknown: numbers are left alone
        /// rather than reported against a guessed code.
        case unchecked
    }

    let sink: DiagnosticSink
    let timezones: TimezoneDatabase
    let phoneRule: PhoneRule
    let owner: String

    func check(_ contacts: inout [ContactSpec]) {
        // Places, not locations: a location is only made for the rare repeat.
        var seen: [String: Int] = [:]
        seen.reserveCapacity(contacts.count)
        for index in contacts.indices {
            if let first = seen.updateValue(index, forKey: contacts[index].externalID) {
                let (location, firstLocation) = (contacts[index].at("external_id"), contacts[first].at("external_id"))
                sink.error(
                    location,
                    "contact \(Snippet(contacts[index].externalID)) is defined twice in \(owner); first at \(firstLocation)",
                    kind: .duplicate, related: firstLocation)
                seen[contacts[index].externalID] = first
            }
            checkOne(&contacts[index])
        }
    }

    private func checkOne(_ contact: inout ContactSpec) {
        checkExternalID(contact)
        // Numbers written in E.164 are their own normal form: one array then serves as both,
        // which a million contacts notice.
        contact.state.phoneNumbers = normalizedPhones(contact)
        if let zone = contact.state.timezone, !timezones.contains(zone) {
            sink.error(
                contact.at("timezone"),
                "contact \(Snippet(contact.externalID)): \(Snippet(zone)) is not an IANA time zone")
        }
        if let text = contact.state.scheduledAt { contact.state.scheduledAt = utcTimestamp(text, of: contact) }
        if let number = contact.state.agentNumber {
            do throws(PhoneNumberError) { _ = try PhoneNumberNormalizer.validateE164(number) } catch {
                sink.error(
                    contact.at("agent_number"),
                    "contact \(Snippet(contact.externalID)): agent_number must already be E.164: \(error.description)",
                    kind: .invalidPhoneNumber)
            }
        }
        if let size = DataSize.excess(ofCanonical: contact.state.dataText, limit: Contract.maxDataBytes) {
            sink.error(
                contact.at("data"),
                "contact \(Snippet(contact.externalID)): data is \(size) bytes as JSON; the API's limit is \(Contract.maxDataBytes)"
            )
        }
    }

    /// `scheduled_at` as the API stores it (UTC, whole seconds), read as the API reads it; nil
    /// with an error at the value when the API would answer 422.
    private func utcTimestamp(_ text: String, of contact: ContactSpec) -> String? {
        do throws(RFC3339Error) {
            return try RFC3339Timestamp.parse(text).utcText
        } catch {
            let message = "contact \(Snippet(contact.externalID)): scheduled_at \(Snippet(text)): \(error.description)"
            sink.error(contact.at("scheduled_at"), message)
            return nil
        }
    }

    /// YAML contacts had their external_id's length checked where it was read; CSV cells are
    /// checked here.
    private func checkExternalID(_ contact: ContactSpec) {
        let id = contact.externalID
        let (length, limits) = (Contract.length(of: id), Contract.externalIDLength)
        if !limits.contains(length) {
            let message =
                "external_id must be \(limits.lowerBound)–\(limits.upperBound) characters long (it is \(length))"
            sink.error(contact.at("external_id"), message)
        }
        ExternalIDRules.check(id, of: .contact, at: contact.at("external_id"), sink: sink)
    }

    private func normalizedPhones(_ contact: ContactSpec) -> [String] {
        let raw = contact.rawPhoneNumbers
        if !Contract.phoneNumbersPerContact.contains(raw.count) {
            sink.error(
                contact.at("phone_numbers"),
                "contact \(Snippet(contact.externalID)) has \(raw.count) phone numbers; it needs 1 to \(Contract.phoneNumbersPerContact.upperBound)",
                kind: .invalidPhoneNumber)
        }
        // A new list is made only from the first number that normalizing changes (or drops):
        // numbers written in E.164, as exports mostly are, keep the list they came in.
        var changed: [String]?
        for (index, number) in raw.enumerated() {
            let normal = normalized(number, at: index, of: contact)
            if changed == nil, normal == number { continue }
            if changed == nil { changed = Array(raw[..<index]) }
            if let normal { changed?.append(normal) }
        }
        return changed ?? raw
    }

    /// A number normalized, or nil: reported when it can't be, left out when the rule is unchecked.
    private func normalized(_ number: String, at index: Int, of contact: ContactSpec) -> String? {
        do throws(PhoneNumberError) {
            return try normalized(number)
        } catch {
            let hint =
                if case .e164Only = phoneRule { " (ad-hoc contacts need E.164 numbers, like +14155550123)" } else {
                    ""
                }
            sink.error(
                contact.at("phone_numbers[\(index)]"),
                "contact \(Snippet(contact.externalID)): can't parse phone number: \(error.description)\(hint)",
                kind: .invalidPhoneNumber)
            return nil
        }
    }

    private func normalized(_ number: String) throws(PhoneNumberError) -> String? {
        switch phoneRule {
        case .normalize(let code): try PhoneNumberNormalizer.normalize(number, defaultCountryCode: code).e164
        case .e164Only: try PhoneNumberNormalizer.validateE164(number)
        case .unchecked: nil
        }
    }
}

extension ContactSpec {
    /// Where a field's value was written, else where the contact starts (a CSV row).
    func at(_ field: String) -> SourceLocation {
        fieldLocations[field] ?? location
    }
}
