import AnyreachModel
import Foundation
import Yams

/// Reads contacts written in YAML, inline in a manifest or in a contacts file.
struct ContactDecoder {
    let reader: NodeReader

    func decodeList(_ node: Node, _ what: String) -> [ContactSpec] {
        reader.list(node, what)?.compactMap(decode) ?? []
    }

    func decode(_ node: Node) -> ContactSpec? {
        guard let fields = reader.fields(node, "contact", ManifestKeys.contact) else { return nil }
        let externalID = fields["external_id"].flatMap {
            reader.string($0, "external_id", length: Contract.externalIDLength)
        }
        let phones = fields["phone_numbers"].flatMap(phoneNumbers)
        // The other fields are read (and their problems reported) even when the keys are missing.
        var contact = ContactSpec(
            externalID: externalID ?? "", rawPhoneNumbers: phones?.map(\.number) ?? [], location: fields.location)
        contact.state.data =
            fields["data"].flatMap { reader.isNull($0) ? nil : objectValue($0, "data") } ?? .object([:])
        contact.setWrittenTimezone(reader.optionalString(fields["timezone"], "timezone"))
        contact.state.scheduledAt = reader.optionalString(fields["scheduled_at"], "scheduled_at")
        contact.state.agentID = reader.optionalString(fields["agent_id"], "agent_id")
        contact.state.agentVersion = fields["agent_version"].flatMap {
            reader.isNull($0) ? nil : reader.integer($0, "agent_version", range: Contract.agentVersions)
        }
        contact.state.agentNumber = reader.optionalString(fields["agent_number"], "agent_number")
        contact.state.agentConfig = fields["agent_config"].flatMap {
            reader.isNull($0) ? nil : objectValue($0, "agent_config")
        }
        contact.state.initialContext = reader.optionalString(fields["initial_context"], "initial_context")
        contact.adoptID = fields["id"].flatMap(reader.adoptedID)
        guard externalID != nil, let phones else { return nil }
        contact.fieldLocations = valueLocations(fields, phones: phones)
        return contact
    }

    /// The numbers with where each was written, so that a number that can't be normalized is
    /// reported at the number rather than at the contact.
    private func phoneNumbers(_ node: Node) -> [(number: String, location: SourceLocation)]? {
        reader.list(node, "phone_numbers")?.enumerated().compactMap { index, item in
            reader.string(item, "phone_numbers[\(index)]").map { ($0, reader.location(item)) }
        }
    }

    private func valueLocations(_ fields: Fields, phones: [(number: String, location: SourceLocation)]) -> [String:
        SourceLocation]
    {
        var locations: [String: SourceLocation] = [:]
        for (key, value) in fields.values { locations[key] = reader.location(value) }
        for (index, phone) in phones.enumerated() { locations["phone_numbers[\(index)]"] = phone.location }
        return locations
    }

    private func objectValue(_ node: Node, _ what: String) -> JSONValue? {
        guard node.mapping != nil else {
            reader.sink.error(reader.location(node), "\(what) must be a mapping of keys to values")
            return nil
        }
        return reader.json(node, what)
    }
}
