import AnyreachModel

/// Campaign create and patch bodies as saved plans show them, and back.
enum CampaignBody {
    typealias Key = CampaignState.CodingKeys

    static func create(_ create: CampaignCreate, items: [ContactUpsert]) -> JSONValue {
        var object: [String: JSONValue] = [
            Key.name.stringValue: .string(create.name), ResourceKey.externalID.stringValue: .string(create.externalID),
            Key.priority.stringValue: .int(Int64(create.priority)),
        ]
        if let id = create.configurationID { object[Key.configurationID.stringValue] = .string(id) }
        if !items.isEmpty { object[Key.contacts.stringValue] = .array(items.map(\.json)) }
        return .object(object)
    }

    static func create(from body: JSONValue, key: String, configuration: String?) throws -> CampaignCreate {
        let object = body.objectValue ?? [:]
        guard let name = object[Key.name.stringValue]?.stringValue, let configuration,
            case .int(let priority)? = object[Key.priority.stringValue]
        else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: [], debugDescription: "campaign create '\(key)' lacks name, priority or configuration"))
        }
        return CampaignCreate(
            externalID: object[ResourceKey.externalID.stringValue]?.stringValue ?? key, name: name,
            priority: Int(priority), configuration: configuration,
            configurationID: object[Key.configurationID.stringValue]?.stringValue)
    }

    /// The fields the patch sets; `configuration_id` is added at apply, once known.
    static func patch(_ patch: CampaignPatch) -> JSONValue {
        var object: [String: JSONValue] = [:]
        if let name = patch.name.value { object[Key.name.stringValue] = .string(name) }
        if let priority = patch.priority.value { object[Key.priority.stringValue] = .int(Int64(priority)) }
        if let externalID = patch.externalID.value { object[ResourceKey.externalID.stringValue] = .string(externalID) }
        return .object(object)
    }

    static func patch(from body: JSONValue, configuration: String?) -> CampaignPatch {
        let object = body.objectValue ?? [:]
        var patch = CampaignPatch()
        if let name = object[Key.name.stringValue]?.stringValue { patch.name = .value(name) }
        if case .int(let priority)? = object[Key.priority.stringValue] { patch.priority = .value(Int(priority)) }
        if let externalID = object[ResourceKey.externalID.stringValue]?.stringValue {
            patch.externalID = .value(externalID)
        }
        patch.configuration = configuration
        return patch
    }
}
