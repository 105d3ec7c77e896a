public import AnyreachModel
public import CampaignManifest

public enum ResourceKind: String, Codable, Sendable, Hashable, CaseIterable {
    case configuration, campaign, contacts, concurrency
}

/// What an operation does, as saved plans name it; each maps to one kind of API call.
public enum PlanAction: String, Codable, Sendable, Hashable {
    case create, patch, delete, start, pause, close
    case upsertContacts = "upsert_contacts"
    case deleteContacts = "delete_contacts"
    case setConcurrency = "set_concurrency"
}

/// One API call of a plan (one request, or one per contact for deletes).
public struct PlanOperation: Sendable, Hashable {
    public var id: OperationID
    public var step: PlanStep
    /// The configuration's or campaign's external_id (its UUID when it has none); for contacts,
    /// the campaign's or `default`.
    public var key: String
    /// The live UUID, when the resource exists; for contacts, their campaign's.
    public var liveID: String?
    /// Operations that must succeed first.
    public var dependsOn: [OperationID]
    /// Field-level changes of configurations, campaigns and the concurrency limit, for review.
    public var changes: [FieldChange]
    /// Contacts an upsert or delete touches, or that a create carries inline.
    public var contacts: [ContactChange]
    /// The manifest line behind the change.
    public var source: SourceLocation?
    /// Fingerprint of the live object this was computed against (nil: it did not exist).
    public var liveFingerprint: String?
    /// For a close: the campaign's contacts still waiting for a call, which closing (final)
    /// means will never be called; nil when they weren't read.
    public var pendingContacts: Int?

    public init(
        id: OperationID, step: PlanStep, key: String, liveID: String? = nil, dependsOn: [OperationID] = [],
        changes: [FieldChange] = [], contacts: [ContactChange] = [], source: SourceLocation? = nil,
        liveFingerprint: String? = nil
    ) {
        self.id = id
        self.step = step
        self.key = key
        self.liveID = liveID
        self.dependsOn = dependsOn
        self.changes = changes
        self.contacts = contacts
        self.source = source
        self.liveFingerprint = liveFingerprint
    }

    public var action: PlanAction { step.action }
    public var resource: ResourceKind { step.resource }
    public var configurationKey: String? { step.configurationKey }

    /// The `{id}` of a contacts route: the campaign's UUID when it was live at planning time (a
    /// campaign adopted by id may have no external_id), else its key.
    public var contactsRoute: String { liveID ?? key }

    /// The upsert items the operation sends (inline ones, for a campaign create).
    public var items: [ContactUpsert] { contacts.compactMap(\.item) }
}

/// A field's value before and after; `sensitive` ones are masked when shown.
public struct FieldChange: Codable, Sendable, Hashable {
    public var field: String
    public var before: JSONValue?
    public var after: JSONValue?
    public var sensitive: Bool

    public init(field: String, before: JSONValue?, after: JSONValue?, sensitive: Bool) {
        self.field = field
        self.before = before
        self.after = after
        self.sensitive = sensitive
    }

    /// A live resource adopted by its UUID takes the manifest's key as its external_id.
    static func adoption(from live: String?, to key: String) -> FieldChange {
        FieldChange(field: "external_id", before: live.json, after: .string(key), sensitive: false)
    }

    /// A row of a field table's diff.
    public init(_ difference: FieldDifference) {
        self.init(
            field: difference.path, before: difference.before, after: difference.after, sensitive: difference.sensitive)
    }

    enum CodingKeys: String, CodingKey {
        case field, before, after, sensitive
    }

    /// `before` and `after` keep "absent" (a create has no before) and `null` (a value cleared)
    /// apart, which decoding them as optionals would merge.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(String.self, forKey: .field)
        sensitive = try container.decode(Bool.self, forKey: .sensitive)
        before = try Self.value(.before, in: container)
        after = try Self.value(.after, in: container)
    }

    /// The value under `key` (`.null` when written as null), or nil when the key is absent. Spelled
    /// out because `JSONValue` would take a bare `nil` literal as `.null`.
    private static func value(_ key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>) throws -> JSONValue?
    {
        guard container.contains(key) else { return Optional<JSONValue>.none }
        return try container.decode(JSONValue.self, forKey: key)
    }
}

/// One contact an operation adds, updates or deletes.
public struct ContactChange: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case add, update, delete
        /// A delete held back because a call is under way (`locked` or `in_progress`).
        case deferredDelete = "deferred_delete"
    }

    public var kind: Kind
    public var externalID: String?
    public var liveID: String?
    /// Fields that differ, for updates.
    public var fields: [String]
    /// The upsert item, with every managed field (null where unset).
    public var item: ContactUpsert?
    public var source: SourceLocation?
    /// Fingerprint of the live contact's managed fields (nil: it did not exist).
    public var liveFingerprint: String?
    /// For updates, the live values of the fields that differ: what drift shows as "live".
    public var before: JSONValue?
    /// Why the change is made when the manifests alone wouldn't make it: `suppressed`, a live
    /// contact deleted or rewritten because `policy.suppress` lists its numbers (such deletes are
    /// not counted by the mass-delete guard).
    public var reason: Reason?

    public enum Reason: String, Codable, Sendable, Hashable {
        case suppressed
    }

    public init(
        kind: Kind, externalID: String?, liveID: String? = nil, fields: [String] = [], item: ContactUpsert? = nil,
        source: SourceLocation? = nil, liveFingerprint: String? = nil, before: JSONValue? = nil,
        reason: Reason? = nil
    ) {
        self.reason = reason
        self.kind = kind
        self.externalID = externalID
        self.liveID = liveID
        self.fields = fields
        self.item = item
        self.source = source
        self.liveFingerprint = liveFingerprint
        self.before = before
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case externalID = "external_id"
        case liveID = "live_id"
        case fields, item, source
        case liveFingerprint = "live_fingerprint"
        case before, reason
    }
}
