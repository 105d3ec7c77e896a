import AnyreachAPI
import Foundation
import PhoneNumbers
import ScheduleRules

/// Checks the contacts of one campaign (or of the ad-hoc list) and normalizes their numbers with
/// the same module the API uses.
struct ContactChecks {
    enum PhoneRule {
        case normalize(CallingCode)
        case e164Only
    }

    let sink: DiagnosticSink
    let timezones: TimezoneDatabase
    let phoneRule: PhoneRule
    let owner: String

    func check(_ contacts: inout [ContactSpec]) {
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(contacts.count)
        for index in contacts.indices {
            let location = contacts[index].location
            if let first = seen.updateValue(location, forKey: contacts[index].externalID) {
                sink.error(location, "contact '\(contacts[index].externalID)' is defined twice in \(owner); first at \(first)", related: first)
                seen[contacts[index].externalID] = first
            }
            checkOne(&contacts[index])
        }
    }

    private func checkOne(_ contact: inout ContactSpec) {
        ExternalIDRules.check(contact.externalID, at: contact.location, sink: sink)
        contact.phoneNumbers = normalizedPhones(contact)
        if let zone = contact.timezone, !timezones.contains(zone) {
            sink.error(contact.location, "contact '\(contact.externalID)': '\(zone)' is not an IANA time zone")
        }
        if let text = contact.scheduledAt {
            contact.scheduledAt = Self.utcTimestamp(text)
            if contact.scheduledAt == nil {
                sink.error(contact.location, "contact '\(contact.externalID)': scheduled_at '\(text)' must be RFC 3339 with an offset, like 2026-11-28T09:00:00Z")
            }
        }
        if let number = contact.agentNumber {
            do throws(PhoneNumberError) { _ = try PhoneNumberNormalizer.validateE164(number) } catch {
                sink.error(contact.location, "contact '\(contact.externalID)': agent_number must already be E.164: \(error.description)")
            }
        }
        let size = contact.data.compactData().count
        if size > Contract.maxDataBytes {
            sink.error(contact.location, "contact '\(contact.externalID)': data is \(size) bytes as JSON; the API's limit is \(Contract.maxDataBytes)")
        }
    }

    private func normalizedPhones(_ contact: ContactSpec) -> [String] {
        let raw = contact.rawPhoneNumbers
        if !Contract.phoneNumbersPerContact.contains(raw.count) {
            sink.error(contact.location, "contact '\(contact.externalID)' has \(raw.count) phone numbers; it needs 1 to \(Contract.phoneNumbersPerContact.upperBound)")
        }
        return raw.compactMap { number in
            do throws(PhoneNumberError) {
                switch phoneRule {
                case .normalize(let code): return try PhoneNumberNormalizer.normalize(number, defaultCountryCode: code).e164
                case .e164Only: return try PhoneNumberNormalizer.validateE164(number)
                }
            } catch {
                let hint = if case .e164Only = phoneRule { " (ad-hoc contacts need E.164 numbers, like +14155550123)" } else { "" }
                sink.error(contact.location, "contact '\(contact.externalID)': can't parse phone number: \(error.description)\(hint)")
                return nil
            }
        }
    }

    /// `scheduled_at` as the API stores it: UTC, whole seconds.
    static func utcTimestamp(_ text: String) -> String? {
        let hasOffset = text.hasSuffix("Z") || text.hasSuffix("z") || text.dropFirst(19).contains { $0 == "+" || $0 == "-" }
        guard hasOffset else { return nil }
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds]] {
            let parser = ISO8601DateFormatter()
            parser.formatOptions = options
            if let date = parser.date(from: text.uppercased()) {
                let printer = ISO8601DateFormatter()
                printer.formatOptions = [.withInternetDateTime]
                return printer.string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
            }
        }
        return nil
    }
}
