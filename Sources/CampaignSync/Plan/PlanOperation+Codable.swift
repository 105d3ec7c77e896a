public import AnyreachModel
import CampaignManifest

/// The saved-plan form of an operation (`docs/plan-json.md`, format 1): `action`, `resource`
/// and the request `body` as JSON, read back into the typed step.
extension PlanOperation: Codable {
    enum CodingKeys: String, CodingKey {
        case id, action, resource, key
        case liveID = "live_id"
        case dependsOn = "depends_on"
        case changes, body
        case configurationKey = "configuration_key"
        case contacts, source
        case liveFingerprint = "live_fingerprint"
        case pendingContacts = "pending_contacts"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(action, forKey: .action)
        try container.encode(resource, forKey: .resource)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(liveID, forKey: .liveID)
        try container.encode(dependsOn, forKey: .dependsOn)
        try container.encode(changes, forKey: .changes)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encodeIfPresent(configurationKey, forKey: .configurationKey)
        try container.encode(contacts, forKey: .contacts)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(liveFingerprint, forKey: .liveFingerprint)
        try container.encodeIfPresent(pendingContacts, forKey: .pendingContacts)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(OperationID.self, forKey: .id)
        key = try container.decode(String.self, forKey: .key)
        liveID = try container.decodeIfPresent(String.self, forKey: .liveID)
        dependsOn = try container.decode([OperationID].self, forKey: .dependsOn)
        changes = try container.decode([FieldChange].self, forKey: .changes)
        contacts = try container.decode([ContactChange].self, forKey: .contacts)
        source = try container.decodeIfPresent(SourceLocation.self, forKey: .source)
        liveFingerprint = try container.decodeIfPresent(String.self, forKey: .liveFingerprint)
        pendingContacts = try container.decodeIfPresent(Int.self, forKey: .pendingContacts)
        step = try Self.step(in: container, key: key)
    }

    /// The request body as the API receives it (inline contacts included), or nil for calls
    /// without one.
    public var body: JSONValue? {
        switch step {
        case .createConfiguration(let state):
            guard case .object(var object) = state.json else { return nil }
            object[ResourceKey.externalID.stringValue] = .string(key)
            return .object(object)
        case .patchConfiguration(let patch): return patch.json
        case .createCampaign(let create): return CampaignBody.create(create, items: items)
        case .patchCampaign(let patch): return CampaignBody.patch(patch)
        case .setConcurrency(let limit): return .object([ConcurrencyBody.key: .int(Int64(limit))])
        case .deleteConfiguration, .startCampaign, .pauseCampaign, .closeCampaign, .upsertContacts, .deleteContacts:
            return nil
        }
    }

    private static func step(in container: KeyedDecodingContainer<CodingKeys>, key: String) throws -> PlanStep {
        let action = try container.decode(PlanAction.self, forKey: .action)
        let resource = try container.decode(ResourceKind.self, forKey: .resource)
        let configurationKey = try container.decodeIfPresent(String.self, forKey: .configurationKey)
        switch (resource, action) {
        case (.configuration, .create):
            return .createConfiguration(try container.decode(ConfigurationState.self, forKey: .body))
        case (.configuration, .patch):
            return .patchConfiguration(try container.decode(ConfigurationPatch.self, forKey: .body))
        case (.configuration, .delete): return .deleteConfiguration
        case (.campaign, .create):
            let body = try container.decode(JSONValue.self, forKey: .body)
            return .createCampaign(try CampaignBody.create(from: body, key: key, configuration: configurationKey))
        case (.campaign, .patch):
            let body = try container.decode(JSONValue.self, forKey: .body)
            return .patchCampaign(CampaignBody.patch(from: body, configuration: configurationKey))
        case (.campaign, .start): return .startCampaign
        case (.campaign, .pause): return .pauseCampaign
        case (.campaign, .close): return .closeCampaign
        case (.contacts, .upsertContacts): return .upsertContacts
        case (.contacts, .deleteContacts): return .deleteContacts
        case (.concurrency, .setConcurrency):
            let body = try container.decode(JSONValue.self, forKey: .body)
            guard case .int(let limit)? = body.objectValue?[ConcurrencyBody.key] else {
                throw DecodingError.dataCorruptedError(
                    forKey: .body, in: container, debugDescription: "no concurrency_limit")
            }
            return .setConcurrency(limit: Int(limit))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .action, in: container,
                debugDescription: "\(action.rawValue) of a \(resource.rawValue) is not an operation this version knows")
        }
    }
}

/// The concurrency settings body.
enum ConcurrencyBody {
    static let key = "concurrency_limit"
}
