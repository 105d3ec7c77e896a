/// One upsert item: the keys it matches by (`id` for a contact adopted by UUID, `external_id`)
/// and every managed field, `null` where the manifest sets none.
public struct ContactUpsert: Hashable, Sendable, Codable, JSONRepresentable {
    typealias Key = ContactState.CodingKeys

    public var id: String?
    public var externalID: String?
    public var state: ContactState

    public init(id: String? = nil, externalID: String?, state: ContactState) {
        self.id = id
        self.externalID = externalID
        self.state = state
    }

    public var json: JSONValue {
        guard case .object(var object) = state.json else { return state.json }
        if let id { object[ResourceKey.id.stringValue] = .string(id) }
        if let externalID { object[ResourceKey.externalID.stringValue] = .string(externalID) }
        return .object(object)
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let object = try JSONValue(from: decoder).objectValue ?? [:]
        // `JSONValue` takes a `nil` literal as `.null`, so "absent" is spelled out as `.none`.
        func value(_ key: any CodingKey) -> JSONValue? {
            guard let value = object[key.stringValue], value != .null else { return Optional<JSONValue>.none }
            return value
        }
        func string(_ key: Key) -> String? { value(key)?.stringValue }
        func int(_ key: Key) -> Int? {
            if case .int(let number)? = value(key) { return Int(number) }
            return nil
        }
        let phones = value(Key.phoneNumbers).flatMap { value -> [String]? in
            guard case .array(let items) = value else { return nil }
            return items.compactMap(\.stringValue)
        }
        let state = ContactState(
            phoneNumbers: phones ?? [], data: value(Key.data) ?? .object([:]), timezone: string(.timezone),
            scheduledAt: string(.scheduledAt), agentID: string(.agentID), agentVersion: int(.agentVersion),
            agentNumber: string(.agentNumber), agentConfig: value(Key.agentConfig),
            initialContext: string(.initialContext)
        )
        let id = value(ResourceKey.id)?.stringValue
        let externalID = value(ResourceKey.externalID)?.stringValue
        self.init(id: id, externalID: externalID, state: state)
    }

    /// Whether sending this item twice does no more than once: it matches by `id` or
    /// `external_id`; one with neither would be inserted by every request that carries it.
    public var isRepeatable: Bool { id != nil || externalID != nil }
}
