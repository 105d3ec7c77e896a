import AnyreachAPI
import AnyreachModel

/// The campaign fields of a create or PATCH body, read and checked (§3.1, §10).
struct CampaignFields {
    var name: FieldChange<String> = .absent
    var externalID: FieldChange<String> = .absent
    var configurationID: FieldChange<String> = .absent
    var priority: FieldChange<Int> = .absent
    /// Inline contacts, still as JSON: they are read once the configuration is known.
    var contacts: [JSONValue]?

    /// Reads the fields; `creating` makes `name` and `configuration_id` required.
    static func read(_ body: JSONValue, creating: Bool, reader: BodyReader) -> CampaignFields {
        let root: [ValidationIssue.Location] = [.key("body")]
        guard let object = reader.object(body, at: root) else { return CampaignFields() }
        var fields = CampaignFields()
        if object["status"] != nil {
            reader.fail(
                root + [.key("status")], "status can't be set here; use the start, pause and close routes",
                type: "value_error.read_only")
        }
        fields.name = requiredText(object, "name", creating: creating, length: Contract.nameLength, reader)
        fields.configurationID = requiredText(object, "configuration_id", creating: creating, length: nil, reader)
        fields.externalID = readExternalID(object["external_id"], reader)
        if let value = object["priority"] {
            fields.priority =
                value == .null
                ? .null
                : reader.integer(value, at: root + [.key("priority")], range: Contract.priorities).map(
                    FieldChange.value) ?? .absent
        }
        fields.contacts = readContactList(object["contacts"], reader)
        return fields
    }

    /// `name` and `configuration_id`: required on create, never null (§10).
    private static func requiredText(
        _ object: [String: JSONValue], _ key: String, creating: Bool, length: ClosedRange<Int>?, _ reader: BodyReader
    ) -> FieldChange<String> {
        let loc: [ValidationIssue.Location] = [.key("body"), .key(key)]
        switch object[key] {
        case nil:
            if creating { reader.fail(loc, "field required", type: "value_error.missing") }
            return .absent
        case .null?:
            reader.fail(loc, "\(key) can't be null", type: "type_error.none.not_allowed")
            return .absent
        case let value?:
            return reader.string(value, at: loc, length: length).map(FieldChange.value) ?? .absent
        }
    }

    private static func readExternalID(_ value: JSONValue?, _ reader: BodyReader) -> FieldChange<String> {
        let loc: [ValidationIssue.Location] = [.key("body"), .key("external_id")]
        guard let value else { return .absent }
        if value == .null { return .null }
        guard let text = reader.string(value, at: loc, length: Contract.externalIDLength) else { return .absent }
        if UUIDShape.matches(text) {
            reader.fail(loc, "a campaign external_id must not look like a UUID", type: "value_error.external_id")
            return .absent
        }
        if text == Contract.adHocCampaignID {
            reader.fail(loc, "'default' is reserved for ad-hoc contacts", type: "value_error.external_id")
            return .absent
        }
        return .value(text)
    }

    private static func readContactList(_ value: JSONValue?, _ reader: BodyReader) -> [JSONValue]? {
        let loc: [ValidationIssue.Location] = [.key("body"), .key("contacts")]
        guard let items = reader.array(value, at: loc) else { return nil }
        if items.count > Contract.maxInlineContacts {
            reader.fail(
                loc, "at most \(Contract.maxInlineContacts) contacts can be sent with a campaign (got \(items.count))",
                type: "value_error.list.max_items")
            return nil
        }
        return items
    }
}
