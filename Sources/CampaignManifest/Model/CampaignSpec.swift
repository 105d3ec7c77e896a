public import AnyreachModel

/// A contact the manifests want in a campaign (or among the ad-hoc contacts), keyed by external_id.
public struct ContactSpec: Hashable, Sendable {
    public var externalID: String
    /// As written; normalized to E.164 into `phoneNumbers` once the campaign's country code is known.
    public var rawPhoneNumbers: [String]
    /// E.164 numbers, filled in by the checks.
    public var phoneNumbers: [String] = []
    /// A JSON object; `{}` when the manifest gives none.
    public var data: JSONValue = .object([:])
    public var timezone: String?
    /// RFC 3339 in UTC with whole seconds, as the API stores it.
    public var scheduledAt: String?
    public var agentID: String?
    public var agentVersion: Int?
    public var agentNumber: String?
    public var agentConfig: JSONValue?
    public var initialContext: String?
    /// The UUID of a live contact without external_id that this entry adopts (`id:`).
    public var adoptID: String?
    /// Where the contact starts: its mapping in YAML, its row in CSV.
    public var location: SourceLocation
    /// Where each field's value was written (`phone_numbers[0]` for list items); empty for CSV
    /// rows, whose problems point at the row.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(externalID: String, rawPhoneNumbers: [String], location: SourceLocation) {
        self.externalID = externalID
        self.rawPhoneNumbers = rawPhoneNumbers
        self.location = location
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
    /// The UUID of a live campaign without external_id that this entry adopts (`id:`).
    public var adoptID: String?
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
}

/// The org's concurrency limit.
public struct ConcurrencySpec: Hashable, Sendable {
    public var limit: Int
    public var location: SourceLocation
}

extension ContactSpec {
    /// What the contact should be live: the model's contact state (integral numbers in `data`
    /// as integers, as the API gives them back).
    public var state: ContactState {
        ContactState(phoneNumbers: phoneNumbers, data: data.canonical, timezone: timezone, scheduledAt: scheduledAt,
                     agentID: agentID, agentVersion: agentVersion, agentNumber: agentNumber, agentConfig: agentConfig?.canonical,
                     initialContext: initialContext)
    }
}
