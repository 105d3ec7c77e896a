public import AnyreachAPI
public import AnyreachModel
public import CampaignManifest

public enum ResourceKind: String, Codable, Sendable, Hashable, CaseIterable {
    case configuration, campaign, contacts, concurrency
}

/// What an operation does; each maps to one kind of API call.
public enum PlanAction: String, Codable, Sendable, Hashable {
    case create, patch, delete, start, pause, close
    case upsertContacts = "upsert_contacts"
    case deleteContacts = "delete_contacts"
    case setConcurrency = "set_concurrency"
}

/// One API call of a plan (one request, or one per contact for deletes).
public struct PlanOperation: Codable, Sendable, Hashable {
    /// Stable within a plan, e.g. `campaign/spring-renewals/create`.
    public var id: String
    public var action: PlanAction
    public var resource: ResourceKind
    /// The configuration's or campaign's external_id; for contacts, the campaign's or `default`.
    public var key: String
    /// The live UUID, when the resource exists; for contacts, their campaign's.
    public var liveID: String?
    /// Operations that must succeed first.
    public var dependsOn: [String]
    /// Field-level changes of configurations, campaigns and the concurrency limit.
    public var changes: [FieldChange]
    /// The request body (a create, a merge patch, or the concurrency limit).
    public var body: JSONValue?
    /// For campaign creates and patches: the configuration (by external_id) whose UUID goes into
    /// `configuration_id` once known, since a configuration created by this plan has none yet.
    public var configurationKey: String?
    /// Contacts an upsert or delete touches, or that a create carries inline.
    public var contacts: [ContactChange]
    /// The manifest line behind the change.
    public var source: SourceLocation?
    /// Fingerprint of the live object this was computed against (nil: it did not exist).
    public var liveFingerprint: String?

    public init(id: String, action: PlanAction, resource: ResourceKind, key: String, liveID: String? = nil, dependsOn: [String] = [],
                changes: [FieldChange] = [], body: JSONValue? = nil, configurationKey: String? = nil, contacts: [ContactChange] = [],
                source: SourceLocation? = nil, liveFingerprint: String? = nil) {
        self.id = id; self.action = action; self.resource = resource; self.key = key; self.liveID = liveID
        self.dependsOn = dependsOn; self.changes = changes; self.body = body; self.configurationKey = configurationKey
        self.contacts = contacts; self.source = source; self.liveFingerprint = liveFingerprint
    }

    enum CodingKeys: String, CodingKey {
        case id, action, resource, key, liveID = "live_id", dependsOn = "depends_on", changes, body
        case configurationKey = "configuration_key", contacts, source, liveFingerprint = "live_fingerprint"
    }
}

/// A field's value before and after; `sensitive` ones are masked when shown.
public struct FieldChange: Codable, Sendable, Hashable {
    public var field: String
    public var before: JSONValue?
    public var after: JSONValue?
    public var sensitive: Bool
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
    public var item: JSONValue?
    public var source: SourceLocation?
    /// Fingerprint of the live contact's managed fields (nil: it did not exist).
    public var liveFingerprint: String?
    /// For updates, the live values of the fields that differ: what drift shows as "live".
    public var before: JSONValue?

    enum CodingKeys: String, CodingKey {
        case kind, externalID = "external_id", liveID = "live_id", fields, item, source, liveFingerprint = "live_fingerprint", before
    }
}

extension PlanOperation {
    /// The `{id}` of a contacts route: the campaign's UUID when it was live at planning time (a
    /// campaign adopted by id may have no external_id), else its key.
    public var contactsRoute: String { liveID ?? key }
}
