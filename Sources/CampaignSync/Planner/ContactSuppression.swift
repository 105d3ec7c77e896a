import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// What the contact diff needs of `policy.suppress` for one campaign: the numbers never to call,
/// and the manifests' contacts withheld because all their numbers are listed (a live contact
/// under one of those keys goes, whatever numbers it has live).
struct ContactSuppression {
    let list: SuppressionList
    /// External ids of withheld contacts, and the lowercased UUIDs they adopt.
    let withheld: Set<String>

    static let none = ContactSuppression(list: SuppressionList(), withheld: [])

    init(list: SuppressionList, withheld: Set<String>) {
        self.list = list
        self.withheld = withheld
    }

    init(list: SuppressionList, suppressed: SuppressedContacts) {
        self.list = list
        withheld = Set(suppressed.withheld.flatMap { [$0.externalID] + ($0.adoptID.map { [$0.lowercased()] } ?? []) })
    }

    enum Verdict {
        /// Not to be called at all: every number listed, or its manifest entry withheld.
        case everyNumber
        /// Some numbers listed: these are the ones left.
        case some([String])
        case none
    }

    func verdict(on contact: LiveContact) -> Verdict {
        if let key = contact.externalID, withheld.contains(key) { return .everyNumber }
        if contact.externalID == nil, withheld.contains(contact.id.lowercased()) { return .everyNumber }
        guard !list.isEmpty else { return .none }
        let callable = contact.phoneNumbers.filter { !list.contains(e164: $0) }
        if callable.isEmpty { return contact.phoneNumbers.isEmpty ? .none : .everyNumber }
        return callable.count < contact.phoneNumbers.count ? .some(callable) : .none
    }
}

extension ContactDiff {
    /// Live contacts changed because of `policy.suppress`.
    struct LiveSuppression {
        /// Deleted, or deferred while a call is under way.
        var deletes = 0
        /// Rewritten without their suppressed numbers.
        var updates = 0
        /// Every number suppressed but completed or exhausted: left alone.
        var done = 0
    }
}
