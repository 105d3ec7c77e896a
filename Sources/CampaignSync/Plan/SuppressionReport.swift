public import AnyreachModel
public import CampaignManifest

/// What `policy.suppress` did to one campaign's contacts (or the ad-hoc list, key `default`):
/// the reviewer sees whom the plan won't call and why, beside the deletes it requires.
public struct SuppressionReport: Codable, Sendable, Hashable {
    /// A contact of the manifests that is not uploaded: every number of it is suppressed.
    public struct Withheld: Codable, Sendable, Hashable {
        public var externalID: String
        public var phoneNumbers: [String]
        public var source: SourceLocation?

        enum CodingKeys: String, CodingKey {
            case externalID = "external_id"
            case phoneNumbers = "phone_numbers"
            case source
        }
    }

    public var key: String
    public var withheld: [Withheld]
    /// Contacts uploaded without their suppressed numbers, and how many numbers that removed.
    public var trimmedContacts: Int
    public var removedNumbers: Int
    /// Live contacts the plan deletes (or defers, mid-call) or rewrites because of the list.
    public var liveDeletes: Int
    public var liveUpdates: Int
    /// Live contacts whose numbers are all suppressed but that are done (completed or exhausted):
    /// never dialled again, so left with their history.
    public var liveDone: Int

    enum CodingKeys: String, CodingKey {
        case key, withheld
        case trimmedContacts = "trimmed_contacts"
        case removedNumbers = "removed_numbers"
        case liveDeletes = "live_deletes"
        case liveUpdates = "live_updates"
        case liveDone = "live_done"
    }

    init(key: String, suppressed: SuppressedContacts, live: ContactDiff.LiveSuppression) {
        self.key = key
        withheld = suppressed.withheld.map {
            Withheld(externalID: $0.externalID, phoneNumbers: $0.state.phoneNumbers, source: $0.location)
        }
        trimmedContacts = suppressed.trimmedContacts
        removedNumbers = suppressed.removedNumbers
        liveDeletes = live.deletes
        liveUpdates = live.updates
        liveDone = live.done
    }

    var isEmpty: Bool {
        withheld.isEmpty && trimmedContacts == 0 && liveDeletes == 0 && liveUpdates == 0 && liveDone == 0
    }
}
