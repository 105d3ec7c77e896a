public import CampaignManifest

/// What an apply did, operation by operation: the account a half-finished run owes its user.
public struct ApplyReport: Codable, Sendable {
    public enum Outcome: String, Codable, Sendable, Hashable {
        case done, failed
        /// Not run: a dependency failed or was skipped.
        case skipped
        /// Not run: its live object changed since the plan was made (`--on-stale=skip`).
        case stale
        /// Not started: the run was interrupted.
        case notStarted = "not_started"
    }

    public struct OperationResult: Codable, Sendable, Hashable {
        public var id: OperationID
        public var outcome: Outcome
        public var reason: String?
        public var source: SourceLocation?
    }

    /// A contact the API refused inside an otherwise successful upsert, or a warning about one.
    public struct ContactNote: Codable, Sendable, Hashable {
        public var campaign: String
        public var externalID: String?
        public var message: String
        public var source: SourceLocation?
        public var isFailure: Bool

        enum CodingKeys: String, CodingKey {
            case campaign
            case externalID = "external_id"
            case message, source
            case isFailure = "is_failure"
        }
    }

    public var formatVersion = 1
    public var operations: [OperationResult]
    public var contactNotes: [ContactNote]
    /// Contacts left out of their operations because they changed live (`--on-stale=skip`).
    public var staleContacts: [ContactNote] = []
    public var interrupted: Bool
    /// The environment (`--env`) of the plan applied, nil without one.
    public var environment: String? = nil

    public func count(_ outcome: Outcome) -> Int { operations.filter { $0.outcome == outcome }.count }

    /// The report of a plan with no changes.
    public static let empty = ApplyReport(operations: [], contactNotes: [], interrupted: false)

    /// Every operation of the plan applied: none failed, none skipped as stale.
    public var appliedEverything: Bool { succeeded && count(.stale) == 0 && staleContacts.isEmpty }

    public var succeeded: Bool { count(.failed) == 0 && !contactNotes.contains(where: \.isFailure) && !interrupted }

    public var summaryLine: String {
        var text =
            "Apply: \(count(.done)) done, \(count(.failed)) failed, \(count(.skipped)) skipped because a dependency failed"
        if count(.stale) > 0 { text += ", \(count(.stale)) skipped as stale" }
        if !staleContacts.isEmpty { text += ", \(staleContacts.count) contact(s) skipped as stale" }
        // Only an interruption or --fail-fast leaves operations unstarted; say which it was.
        if count(.notStarted) > 0 {
            text +=
                ", \(count(.notStarted)) not started (\(interrupted ? "interrupted" : "stopped after the first failure"))"
        }
        let refused = contactNotes.filter(\.isFailure).count
        if refused > 0 { text += "; \(refused) contact(s) refused by the API" }
        return text + "."
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case operations
        case contactNotes = "contact_notes"
        case staleContacts = "stale_contacts"
        case interrupted, environment
    }
}
