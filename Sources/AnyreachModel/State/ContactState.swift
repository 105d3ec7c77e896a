/// What the manifests manage of a contact: every field an upsert item sets, `nil` meaning null
/// (a manifest that leaves a field out wants it cleared, so an applied contact matches exactly).
/// The server's fields (status, attempts, ids, timestamps) are not part of it.
public struct ContactState: Hashable, Sendable, JSONRepresentable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case phoneNumbers = "phone_numbers"
        case data, timezone
        case scheduledAt = "scheduled_at"
        case agentID = "agent_id"
        case agentVersion = "agent_version"
        case agentNumber = "agent_number"
        case agentConfig = "agent_config"
        case initialContext = "initial_context"
    }

    /// E.164 numbers.
    public var phoneNumbers: [String]
    /// A JSON object (canonical: `{}` when none).
    public var data: JSONValue
    public var timezone: String?
    /// RFC 3339 in UTC with whole seconds, as the API stores it.
    public var scheduledAt: String?
    public var agentID: String?
    public var agentVersion: Int?
    public var agentNumber: String?
    public var agentConfig: JSONValue?
    public var initialContext: String?

    public init(
        phoneNumbers: [String], data: JSONValue = .object([:]), timezone: String? = nil, scheduledAt: String? = nil,
        agentID: String? = nil, agentVersion: Int? = nil, agentNumber: String? = nil, agentConfig: JSONValue? = nil,
        initialContext: String? = nil
    ) {
        self.phoneNumbers = phoneNumbers
        self.data = data
        self.timezone = timezone
        self.scheduledAt = scheduledAt
        self.agentID = agentID
        self.agentVersion = agentVersion
        self.agentNumber = agentNumber
        self.agentConfig = agentConfig
        self.initialContext = initialContext
    }

    /// Every managed field, null where unset: the upsert item without its keys.
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        object.reserveCapacity(Self.fields.count + 2)
        for field in Self.fields { object[field.path] = field.value(self) }
        return .object(object)
    }

    /// The field table; the sensitive ones are masked wherever a plan or drift shows them.
    public static let fields: [StateField<ContactState>] = [
        StateField([CodingKeys.phoneNumbers], sensitive: true) { $0.phoneNumbers.json },
        StateField([CodingKeys.data], sensitive: true) { $0.data },
        StateField([CodingKeys.timezone]) { $0.timezone.json },
        StateField([CodingKeys.scheduledAt]) { $0.scheduledAt.json },
        StateField([CodingKeys.agentID]) { $0.agentID.json },
        StateField([CodingKeys.agentVersion]) { $0.agentVersion.json },
        StateField([CodingKeys.agentNumber], sensitive: true) { $0.agentNumber.json },
        StateField([CodingKeys.agentConfig], sensitive: true) { $0.agentConfig.json },
        StateField([CodingKeys.initialContext], sensitive: true) { $0.initialContext.json },
    ]

    /// Paths of the fields that hold personal data.
    public static let sensitivePaths: Set<String> = Set(fields.filter(\.sensitive).map(\.path))
}
