/// A JSON merge patch of a configuration: each top-level part that differs is sent whole (its
/// unset fields as `null`), so the result is exactly the manifest's whatever the server's
/// defaults; parts left absent stay as they are. `externalID` gives an adopted one its key.
public struct ConfigurationPatch: Hashable, Sendable, Codable, JSONRepresentable {
    public typealias CodingKeys = ConfigurationState.CodingKeys
    private static let externalIDKey = ResourceKey.externalID

    public var externalID: FieldPatch<String> = .absent
    public var name: FieldPatch<String> = .absent
    public var schedule: FieldPatch<Schedule> = .absent
    public var dialingPolicy: FieldPatch<DialingPolicy> = .absent
    public var agent: FieldPatch<Agent> = .absent

    public init() {}

    /// The parts of `wanted` that differ from `current`.
    public init(from current: ConfigurationState, to wanted: ConfigurationState) {
        if current.name != wanted.name { name = .value(wanted.name) }
        if current.schedule != wanted.schedule { schedule = .value(wanted.schedule) }
        if current.dialingPolicy != wanted.dialingPolicy { dialingPolicy = .value(wanted.dialingPolicy) }
        if current.agent != wanted.agent { agent = .value(wanted.agent) }
    }

    public var isEmpty: Bool { self == ConfigurationPatch() }

    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        func put<Value: JSONRepresentable>(_ key: String, _ patch: FieldPatch<Value>) {
            switch patch {
            case .absent: break
            case .null: object[key] = .null
            case .value(let value): object[key] = value.json
            }
        }
        put(Self.externalIDKey.stringValue, externalID)
        put(CodingKeys.name.stringValue, name)
        put(CodingKeys.schedule.stringValue, schedule)
        put(CodingKeys.dialingPolicy.stringValue, dialingPolicy)
        put(CodingKeys.agent.stringValue, agent)
        return .object(object)
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        externalID = try container.decodePatch(String.self, forKey: AnyKey(Self.externalIDKey))
        name = try container.decodePatch(String.self, forKey: AnyKey(CodingKeys.name))
        schedule = try container.decodePatch(Schedule.self, forKey: AnyKey(CodingKeys.schedule))
        dialingPolicy = try container.decodePatch(DialingPolicy.self, forKey: AnyKey(CodingKeys.dialingPolicy))
        agent = try container.decodePatch(Agent.self, forKey: AnyKey(CodingKeys.agent))
    }
}

/// A coding key made from another type's key, for bodies that mix keys of several types.
public struct AnyKey: CodingKey, Hashable {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(_ key: some CodingKey) { stringValue = key.stringValue }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}
