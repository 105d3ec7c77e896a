import AnyreachModel

/// Upsert items as `Components.Schemas.ContactInput.encode(to:)` writes them (the tests hold the
/// two equal): the keys when set, then every managed field, `null` when unset, so that an item
/// clears what the manifests leave out (§4.2).
extension RequestBodyWriter {
    /// `{"contacts":[…]}`, an upsert request's body.
    static func upsertBody(_ items: [ContactUpsert]) throws -> [UInt8] {
        var writer = RequestBodyWriter(reservingCapacity: items.count * estimatedItemBytes + 16)
        writer.open(.object)
        writer.key("contacts")
        try writer.items(items)
        writer.close(.object)
        return writer.bytes
    }

    /// A campaign create with its configuration's UUID and the items it carries inline; the
    /// optional fields the generated `CampaignCreate` leaves out when nil are left out here too.
    static func campaignCreateBody(_ create: CampaignCreate, configurationID: String, items: [ContactUpsert])
        throws -> [UInt8]
    {
        var writer = RequestBodyWriter(reservingCapacity: items.count * estimatedItemBytes + 256)
        writer.open(.object)
        writer.key("name")
        writer.string(create.name)
        writer.key("configuration_id")
        writer.string(configurationID)
        writer.key("external_id")
        writer.string(create.externalID)
        writer.key("priority")
        writer.integer(create.priority)
        if !items.isEmpty {
            writer.key("contacts")
            try writer.items(items)
        }
        writer.close(.object)
        return writer.bytes
    }

    /// What an item takes, so that a batch's buffer grows once or not at all.
    private static let estimatedItemBytes = 256

    private mutating func items(_ items: [ContactUpsert]) throws {
        open(.array)
        for item in items { try self.item(item) }
        close(.array)
    }

    private mutating func item(_ item: ContactUpsert) throws {
        let state = item.state
        open(.object)
        if let id = item.id {
            key("id")
            string(id)
        }
        if let externalID = item.externalID {
            key("external_id")
            string(externalID)
        }
        key("phone_numbers")
        open(.array)
        for number in state.phoneNumbers { string(number) }
        close(.array)
        key("data")
        // Held as canonical text: sent as it is, with no value built from it.
        if state.dataText.hasPrefix("{") { text(state.dataText) } else { value(.object([:])) }
        key("timezone")
        string(state.timezone)
        key("scheduled_at")
        string(try state.scheduledAt.map(Self.timestamp))
        key("agent_id")
        string(state.agentID)
        key("agent_version")
        integer(state.agentVersion)
        key("agent_number")
        string(state.agentNumber)
        key("agent_config")
        if let config = state.agentConfig { object(config) } else { null() }
        key("initial_context")
        string(state.initialContext)
        close(.object)
    }

    /// An object field; anything else is sent as `{}`, as the generated input's container took it.
    private mutating func object(_ value: JSONValue) {
        if case .object = value { self.value(value) } else { self.value(.object([:])) }
    }

    /// `scheduled_at` as the generated input sent it: read as RFC 3339, written in UTC.
    private static func timestamp(_ text: String) throws -> String {
        let transcoder = RFC3339DateTranscoder()
        guard let date = try? transcoder.decode(text) else {
            throw WirePayloadError(field: "scheduled_at", problem: "'\(text)' is not an RFC 3339 timestamp")
        }
        return try transcoder.encode(date)
    }
}
