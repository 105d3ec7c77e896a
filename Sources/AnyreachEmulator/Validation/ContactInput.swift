import AnyreachAPI
import AnyreachModel
import PhoneNumbers
import ScheduleRules

/// Reads contact items (upsert bodies and inline contacts) with every per-item check of §4.
struct ContactInput {
    /// How phone numbers are read: normalized for a campaign, E.164 only under `default`.
    enum PhoneRule: Sendable {
        case normalize(CallingCode)
        case e164Only
    }

    let phoneRule: PhoneRule
    let timezones: TimezoneDatabase

    /// Reads every item, then checks the rules that span items (repeated external_id or id).
    func read(_ items: [JSONValue], at loc: [ValidationIssue.Location], reader: BodyReader) -> [ContactItem] {
        let read = items.enumerated().compactMap { index, value in
            readItem(value, index: index, at: loc + [.index(index)], reader)
        }
        checkRepeats(read, at: loc, reader)
        return read
    }

    private func checkRepeats(_ items: [ContactItem], at loc: [ValidationIssue.Location], _ reader: BodyReader) {
        var externalIDs: [String: Int] = [:]
        var ids: [String: Int] = [:]
        for item in items {
            // Any two items naming one external_id, a rename (`id` with `external_id`) included (§4.2).
            if case .value(let externalID) = item.externalID {
                if let first = externalIDs.updateValue(item.index, forKey: externalID) {
                    reader.fail(
                        loc + [.index(item.index), .key("external_id")],
                        "external_id '\(externalID)' is also item \(first) of this request",
                        type: "value_error.duplicate")
                }
            }
            if let id = item.id, let first = ids.updateValue(item.index, forKey: id.lowercased()) {
                reader.fail(
                    loc + [.index(item.index), .key("id")], "id '\(id)' is also item \(first) of this request",
                    type: "value_error.duplicate")
            }
        }
    }

    private func readItem(_ value: JSONValue, index: Int, at loc: [ValidationIssue.Location], _ reader: BodyReader)
        -> ContactItem?
    {
        guard let object = reader.object(value, at: loc) else { return nil }
        var item = ContactItem(index: index)
        item.id = reader.string(object["id"], at: loc + [.key("id")])
        item.externalID = change(object["external_id"]) {
            reader.string($0, at: loc + [.key("external_id")], length: Contract.externalIDLength)
        }
        item.phoneNumbers = readPhones(object["phone_numbers"], at: loc + [.key("phone_numbers")], reader, item: &item)
        item.data = readData(object["data"], at: loc + [.key("data")], reader)
        item.timezone = readTimezone(object["timezone"], at: loc + [.key("timezone")], reader)
        item.scheduledAt = readScheduledAt(object["scheduled_at"], at: loc + [.key("scheduled_at")], reader)
        item.agentID = change(object["agent_id"]) { reader.string($0, at: loc + [.key("agent_id")]) }
        item.agentVersion = change(object["agent_version"]) {
            reader.integer($0, at: loc + [.key("agent_version")], range: 0...Int(Int32.max))
        }
        item.agentNumber = readAgentNumber(object["agent_number"], at: loc + [.key("agent_number")], reader)
        item.agentConfig = change(object["agent_config"]) {
            reader.object($0, at: loc + [.key("agent_config")]).map(JSONValue.object)
        }
        item.initialContext = change(object["initial_context"]) {
            reader.string($0, at: loc + [.key("initial_context")])
        }
        return item
    }

    /// Absent stays absent, null stays null, a value goes through `read` (nil when invalid).
    private func change<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) -> FieldChange<T> {
        guard let value else { return .absent }
        if value == .null { return .null }
        return read(value).map(FieldChange.value) ?? .absent
    }

    private func readPhones(
        _ value: JSONValue?, at loc: [ValidationIssue.Location], _ reader: BodyReader, item: inout ContactItem
    ) -> FieldChange<[String]> {
        guard let value else { return .absent }
        if value == .null { return .null }
        guard let numbers = reader.strings(value, at: loc) else { return .absent }
        if !Contract.phoneNumbersPerContact.contains(numbers.count) {
            reader.fail(loc, "must hold 1–10 phone numbers (got \(numbers.count))", type: "value_error.list.length")
            return .absent
        }
        var normalized: [String] = []
        for (position, number) in numbers.enumerated() {
            do throws(PhoneNumberError) {
                let result = try normalize(number)
                if result.wasRewritten {
                    item.rewrites.append("phone_numbers[\(position)] was normalized to \(result.e164)")
                }
                normalized.append(result.e164)
            } catch {
                reader.fail(
                    loc + [.index(position)], "can't parse phone number: \(error.description)",
                    type: "value_error.phone_number")
            }
        }
        return normalized.count == numbers.count ? .value(normalized) : .absent
    }

    private func normalize(_ number: String) throws(PhoneNumberError) -> NormalizedPhoneNumber {
        switch phoneRule {
        case .normalize(let code): return try PhoneNumberNormalizer.normalize(number, defaultCountryCode: code)
        case .e164Only:
            return NormalizedPhoneNumber(e164: try PhoneNumberNormalizer.validateE164(number), wasRewritten: false)
        }
    }

    private func readData(_ value: JSONValue?, at loc: [ValidationIssue.Location], _ reader: BodyReader) -> FieldChange<
        JSONValue
    > {
        guard let value else { return .absent }
        if value == .null { return .null }
        guard let object = reader.object(value, at: loc) else { return .absent }
        let size = JSONValue.object(object).compactData().count
        if size > Contract.maxDataBytes {
            reader.fail(
                loc, "data is \(size) bytes as JSON; the limit is \(Contract.maxDataBytes)",
                type: "value_error.data_size")
            return .absent
        }
        return .value(.object(object))
    }

    private func readTimezone(_ value: JSONValue?, at loc: [ValidationIssue.Location], _ reader: BodyReader)
        -> FieldChange<String>
    {
        change(value) { raw in
            guard let zone = reader.string(raw, at: loc) else { return nil }
            if timezones.contains(zone) { return zone }
            reader.fail(loc, "'\(zone)' is not an IANA time zone", type: "value_error.timezone")
            return nil
        }
    }

    /// Strict RFC 3339 with an offset (§10): a day the month lacks or `24:00:00` is 422, not the
    /// next day, and the fraction of a second is dropped (timestamps have whole seconds).
    private func readScheduledAt(_ value: JSONValue?, at loc: [ValidationIssue.Location], _ reader: BodyReader)
        -> FieldChange<Int64>
    {
        change(value) { raw in
            guard let text = reader.string(raw, at: loc) else { return nil }
            do throws(RFC3339Error) {
                return try RFC3339Timestamp.parse(text).seconds
            } catch {
                reader.fail(loc, error.description, type: "value_error.datetime")
                return nil
            }
        }
    }

    private func readAgentNumber(_ value: JSONValue?, at loc: [ValidationIssue.Location], _ reader: BodyReader)
        -> FieldChange<String>
    {
        change(value) { raw in
            guard let text = reader.string(raw, at: loc) else { return nil }
            do throws(PhoneNumberError) {
                return try PhoneNumberNormalizer.validateE164(text)
            } catch {
                reader.fail(
                    loc, "agent_number must already be E.164: \(error.description)", type: "value_error.phone_number")
                return nil
            }
        }
    }
}
