public import AnyreachModel

/// A contact the manifests want in a campaign (or among the ad-hoc contacts), keyed by external_id:
/// its managed state (the model's `ContactState`, the value the live conversion produces too)
/// and where it was written. Its fields read through to the state (`contact.timezone`), by key
/// path; the loaders and checks, which touch a million contacts, write `contact.state` directly.
@dynamicMemberLookup
public struct ContactSpec: Hashable, Sendable {
    public var externalID: String
    /// As written; normalized to E.164 into `phoneNumbers` once the campaign's country code is known.
    public var rawPhoneNumbers: [String]
    /// What the contact should be live; its phone numbers (E.164) are filled in by the checks,
    /// its `data` is `{}` when the manifest gives none.
    public var state = ContactState(phoneNumbers: [])
    /// The UUID of a live contact without external_id that this entry adopts (`id:`).
    public var adoptID: String? {
        get { extras?.adoptID }
        set { extras = ContactSpecExtras(adoptID: newValue, fieldLocations: fieldLocations) }
    }
    /// `timezone: auto` was written (or the campaign says `contact_timezone: auto`): the checks
    /// set `timezone` to the first number's zone when it has exactly one (`ContactZoneCheck`).
    public var autoTimezone = false
    /// Where the contact starts: its mapping in YAML, its row in CSV.
    public var location: SourceLocation
    /// Where each field's value was written (`phone_numbers[0]` for list items); empty for CSV
    /// rows, whose problems point at the row.
    public var fieldLocations: [String: SourceLocation] {
        get { extras?.fieldLocations ?? [:] }
        set { extras = ContactSpecExtras(adoptID: adoptID, fieldLocations: newValue) }
    }
    /// `adoptID` and `fieldLocations`, which a CSV row never has, boxed: inline they were 24
    /// bytes of each of a million contacts.
    private var extras: ContactSpecExtras?

    public init(externalID: String, rawPhoneNumbers: [String], location: SourceLocation) {
        self.externalID = externalID
        self.rawPhoneNumbers = rawPhoneNumbers
        self.location = location
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<ContactState, Value>) -> Value {
        get { state[keyPath: field] }
        set { state[keyPath: field] = newValue }
    }
}

/// A contact's rarely set parts, boxed for `ContactSpec`: immutable, so copies share one box.
final class ContactSpecExtras: Hashable, Sendable {
    let adoptID: String?
    let fieldLocations: [String: SourceLocation]

    /// A box, or nil when there is nothing to hold.
    init?(adoptID: String?, fieldLocations: [String: SourceLocation]) {
        guard adoptID != nil || !fieldLocations.isEmpty else { return nil }
        self.adoptID = adoptID
        self.fieldLocations = fieldLocations
    }

    static func == (lhs: ContactSpecExtras, rhs: ContactSpecExtras) -> Bool {
        lhs.adoptID == rhs.adoptID && lhs.fieldLocations == rhs.fieldLocations
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(adoptID)
        hasher.combine(fieldLocations)
    }
}

/// A campaign the org should have, keyed by its external_id.
public struct CampaignSpec: Hashable, Sendable {
    public var externalID: String
    public var name: String
    /// The external_id of its configuration.
    public var configuration: String
    public var status: CampaignStatus
    public var priority: Int
    public var contacts: [ContactSpec]
    /// Whether live contacts missing from the manifests are deleted.
    public var pruneContacts: Bool
    /// `contact_timezone: auto`: contacts that name no zone take their first number's, as if
    /// each said `timezone: auto`.
    public var autoContactTimezones = false
    /// The UUID of a live campaign without external_id that this entry adopts (`id:`).
    public var adoptID: String?
    /// Keys it had before a rename (`previous_external_ids`): a live campaign under one of them
    /// is this campaign, renamed by a patch, with its contacts and stats.
    public var previousExternalIDs: [String] = []
    /// What `policy.suppress` took out of `contacts` (filled in by the checks).
    public var suppressed = SuppressedContacts()

    /// Every name the campaign goes by: its key, the keys it had before a rename, and the UUID it
    /// adopts.
    public var names: [String] { [externalID] + previousExternalIDs + (adoptID.map { [$0] } ?? []) }

    /// Where its external_id key was written.
    public var location: SourceLocation
    /// Where each field was written, for plans that point at the line behind a change.
    public var fieldLocations: [String: SourceLocation]
}

/// The ad-hoc contacts of the `default` campaign.
public struct AdHocContactsSpec: Hashable, Sendable {
    public var contacts: [ContactSpec]
    public var prune: Bool
    public var location: SourceLocation
    /// What `policy.suppress` took out of `contacts` (filled in by the checks).
    public var suppressed = SuppressedContacts()
}

/// The org's concurrency limit.
public struct ConcurrencySpec: Hashable, Sendable {
    public var limit: Int
    public var location: SourceLocation
}

extension ContactSpec {
    /// The state as it compares with the live contact: integral numbers in `agent_config` as
    /// integers, as the API gives them back (`data` is held canonical).
    public var canonicalState: ContactState {
        var canonical = state
        canonical.agentConfig = state.agentConfig?.canonical
        return canonical
    }
}
