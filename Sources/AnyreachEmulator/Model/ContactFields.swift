import AnyreachAPI
import AnyreachModel

/// A field of an upsert item: left out, set to `null`, or given (§10, "Absent is not null").
enum FieldChange<Value: Hashable & Sendable>: Hashable, Sendable {
    case absent
    case null
    case value(Value)

    /// The stored value after applying this change to `current`.
    func applied(to current: Value?) -> Value? {
        switch self {
        case .absent: current
        case .null: nil
        case .value(let value): value
        }
    }
}

/// The client-settable fields of a contact, as stored.
struct ContactFields: Hashable, Sendable {
    var externalID: String?
    var phoneNumbers: [String]
    var data = StoredObject.empty
    var timezone: String?
    var scheduledAt: Int64?
    var agentID: String?
    var agentVersion: Int?
    var agentNumber: String?
    var agentConfig: JSONValue?
    var initialContext: String?
}

/// One item of an upsert or of inline contacts, read and checked but not yet matched.
struct ContactItem: Sendable {
    var index: Int
    var id: String?
    var externalID: FieldChange<String> = .absent
    var phoneNumbers: FieldChange<[String]> = .absent
    var data: FieldChange<JSONValue> = .absent
    var timezone: FieldChange<String> = .absent
    var scheduledAt: FieldChange<Int64> = .absent
    var agentID: FieldChange<String> = .absent
    var agentVersion: FieldChange<Int> = .absent
    var agentNumber: FieldChange<String> = .absent
    var agentConfig: FieldChange<JSONValue> = .absent
    var initialContext: FieldChange<String> = .absent
    /// One note per phone number that normalization rewrote.
    var rewrites: [String] = []

    /// The fields of `current` with this item's changes; `data: null` stores `{}` (§10).
    func applied(to current: ContactFields) -> ContactFields {
        var fields = current
        fields.externalID = externalID.applied(to: current.externalID)
        fields.phoneNumbers = phoneNumbers.applied(to: current.phoneNumbers) ?? current.phoneNumbers
        switch data {
        case .absent: break
        case .null: fields.data = .empty
        case .value(let object): fields.data = StoredObject(object)
        }
        fields.timezone = timezone.applied(to: current.timezone)
        fields.scheduledAt = scheduledAt.applied(to: current.scheduledAt)
        fields.agentID = agentID.applied(to: current.agentID)
        fields.agentVersion = agentVersion.applied(to: current.agentVersion)
        fields.agentNumber = agentNumber.applied(to: current.agentNumber)
        fields.agentConfig = agentConfig.applied(to: current.agentConfig)
        fields.initialContext = initialContext.applied(to: current.initialContext)
        return fields
    }

    /// The fields of a new contact made from this item.
    func newFields() -> ContactFields {
        applied(to: ContactFields(phoneNumbers: []))
    }
}
