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
    /// A JSON object (`{}` when none), held as its canonical text, which is what equality,
    /// fingerprints and request bodies take: a dictionary per contact was a third of the memory a
    /// million contacts took. Reading it parses the text, so its numbers come back canonical
    /// (`2.0` as `2`), as the API gives them back.
    public var data: JSONValue {
        get { (try? JSONValue.read(Array(dataText.utf8))) ?? .object([:]) }
        set { dataText = Self.canonicalText(newValue) }
    }
    /// `data`'s canonical JSON text (`JSONValue.writeCanonical`).
    public private(set) var dataText: String
    public var timezone: String?
    /// The rest, which most contacts leave unset, held in a box: inline they were 100 bytes of
    /// each of a million contacts. nil when every one is unset.
    private var overrides: ContactOverrides?

    /// RFC 3339 in UTC with whole seconds, as the API stores it.
    public var scheduledAt: String? {
        get { overrides?.fields.scheduledAt }
        set { set(\.scheduledAt, newValue) }
    }
    public var agentID: String? {
        get { overrides?.fields.agentID }
        set { set(\.agentID, newValue) }
    }
    public var agentVersion: Int? {
        get { overrides?.fields.agentVersion }
        set { set(\.agentVersion, newValue) }
    }
    public var agentNumber: String? {
        get { overrides?.fields.agentNumber }
        set { set(\.agentNumber, newValue) }
    }
    public var agentConfig: JSONValue? {
        get { overrides?.fields.agentConfig }
        set { set(\.agentConfig, newValue) }
    }
    public var initialContext: String? {
        get { overrides?.fields.initialContext }
        set { set(\.initialContext, newValue) }
    }

    public init(
        phoneNumbers: [String], data: JSONValue = .object([:]), timezone: String? = nil, scheduledAt: String? = nil,
        agentID: String? = nil, agentVersion: Int? = nil, agentNumber: String? = nil, agentConfig: JSONValue? = nil,
        initialContext: String? = nil
    ) {
        self.phoneNumbers = phoneNumbers
        dataText = Self.canonicalText(data)
        self.timezone = timezone
        overrides = ContactOverrides(
            ContactOverrides.Fields(
                scheduledAt: scheduledAt, agentID: agentID, agentVersion: agentVersion, agentNumber: agentNumber,
                agentConfig: agentConfig, initialContext: initialContext))
    }

    /// Sets `data` from text that is already canonical (`JSONByteScanner.flatObjectCanonicalText`
    /// read it so): no value is built from it, or written again.
    package mutating func setData(canonicalText text: String) {
        dataText = text
    }

    private static func canonicalText(_ data: JSONValue) -> String {
        if case .object(let members) = data, members.isEmpty { return "{}" }
        return String(decoding: data.canonicalBytes(), as: UTF8.self)
    }

    /// Sets one override field; clearing a field of a state without a box changes nothing, so it
    /// makes none (a page of contacts sends every unset field as null).
    private mutating func set<Value>(_ field: WritableKeyPath<ContactOverrides.Fields, Value?>, _ value: Value?) {
        guard value != nil || overrides != nil else { return }
        change { $0[keyPath: field] = value }
    }

    /// Sets override fields in a new box (boxes are shared between copies, never changed).
    private mutating func change(_ edit: (inout ContactOverrides.Fields) -> Void) {
        var fields = overrides?.fields ?? ContactOverrides.Fields()
        edit(&fields)
        overrides = ContactOverrides(fields)
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

/// A contact's per-contact overrides and schedule, boxed for `ContactState`: immutable, so
/// copies of a state share one box safely.
final class ContactOverrides: Hashable, Sendable {
    struct Fields: Hashable, Sendable {
        var scheduledAt: String?
        var agentID: String?
        var agentVersion: Int?
        var agentNumber: String?
        var agentConfig: JSONValue?
        var initialContext: String?

        var isEmpty: Bool { self == Fields() }
    }

    let fields: Fields

    /// A box for `fields`; nil when they are all unset, so that an unset state has no box.
    init?(_ fields: Fields) {
        guard !fields.isEmpty else { return nil }
        self.fields = fields
    }

    static func == (lhs: ContactOverrides, rhs: ContactOverrides) -> Bool { lhs.fields == rhs.fields }

    func hash(into hasher: inout Hasher) { hasher.combine(fields) }
}
