import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// The contacts of one campaign compared by external_id: equal canonical content costs one
/// comparison; only changed contacts are rendered into items and fingerprinted.
struct ContactDiff {
    var adds: [ContactChange] = []
    var updates: [ContactChange] = []
    var deletes: [ContactChange] = []
    /// Live contacts outside the manifests that stay (no prune), and those without external_id.
    var unmanagedCount = 0
    /// How many live contacts the comparison saw, for the mass-delete guard.
    var liveCount = 0
    /// What `policy.suppress` did to the live contacts.
    var liveSuppression = LiveSuppression()

    init(desired: [ContactSpec], live: [Contact], prune: Bool, suppression: ContactSuppression = .none) {
        liveCount = live.count
        var liveByKey: [String: Contact] = [:]
        liveByKey.reserveCapacity(live.count)
        for contact in live {
            if let key = contact.externalId { liveByKey[key] = contact }
        }
        var adoptable: [String: Contact] = [:]
        for contact in live where contact.externalId == nil { adoptable[contact.id.lowercased()] = contact }
        for spec in desired {
            let adopted = spec.adoptID.flatMap { adoptable.removeValue(forKey: $0) }
            compare(spec, liveByKey.removeValue(forKey: spec.externalID) ?? adopted)
        }
        let leftovers = live.filter { contact in
            contact.externalId.map { liveByKey[$0] != nil } ?? (adoptable[contact.id.lowercased()] != nil)
        }
        for contact in leftovers { settle(contact, prune: prune, suppression: suppression) }
    }

    /// A live contact the manifests don't want: gone when suppressed (whatever `prune` says) or
    /// pruned, rewritten without its suppressed numbers when it stays, else left alone.
    private mutating func settle(_ contact: Contact, prune: Bool, suppression: ContactSuppression) {
        switch suppression.verdict(on: contact) {
        case .everyNumber where contact.status == .completed || contact.status == .exhausted:
            // Never dialled again: deleting it would only lose its history.
            liveSuppression.done += 1
            if prune { deletes.append(Self.deletion(contact)) } else { unmanagedCount += 1 }
        case .everyNumber:
            liveSuppression.deletes += 1
            deletes.append(Self.deletion(contact, reason: .suppressed))
        case .some(let callable) where !prune && contact.status == .pending && contact.externalId != nil:
            liveSuppression.updates += 1
            updates.append(Self.withoutSuppressed(contact, keeping: callable))
        default:
            if prune { deletes.append(Self.deletion(contact)) } else { unmanagedCount += 1 }
        }
    }

    /// An upsert of a live contact the manifests don't manage, changing only its numbers.
    private static func withoutSuppressed(_ contact: Contact, keeping callable: [String]) -> ContactChange {
        let current = ContactState(live: contact)
        var wanted = current
        wanted.phoneNumbers = callable
        return ContactChange(
            kind: .update, externalID: contact.externalId, liveID: contact.id, fields: ["phone_numbers"],
            item: ContactUpsert(externalID: contact.externalId, state: wanted),
            liveFingerprint: Fingerprint.of(current.json),
            before: .object(["phone_numbers": current.phoneNumbers.json]), reason: .suppressed)
    }

    private mutating func compare(_ spec: ContactSpec, _ live: Contact?) {
        let wanted = spec.canonicalState
        guard let live else {
            let item = ContactUpsert(externalID: spec.externalID, state: wanted)
            adds.append(ContactChange(kind: .add, externalID: spec.externalID, item: item, source: spec.location))
            return
        }
        let current = ContactState(live: live)
        let renamed = live.externalId != spec.externalID
        guard current != wanted || renamed else { return }
        var differences = ContactState.fields.differences(from: current, to: wanted).map {
            ($0.path, $0.before ?? .null)
        }
        // An adopted contact: matched by id, the upsert renames it to the manifest's key.
        if renamed { differences.append(("external_id", live.externalId.json)) }
        differences.sort { $0.0 < $1.0 }
        let item = ContactUpsert(id: renamed ? live.id : nil, externalID: spec.externalID, state: wanted)
        updates.append(
            ContactChange(
                kind: .update, externalID: spec.externalID, liveID: live.id, fields: differences.map(\.0),
                item: item, source: spec.location, liveFingerprint: Fingerprint.of(current.json),
                before: .object(Dictionary(uniqueKeysWithValues: differences))))
    }

    /// A delete, held back when a call is under way: the API refuses those (409) and the contact
    /// is mid-call.
    private static func deletion(_ contact: Contact, reason: ContactChange.Reason? = nil) -> ContactChange {
        let busy = contact.status == .locked || contact.status == .inProgress
        return ContactChange(
            kind: busy ? .deferredDelete : .delete, externalID: contact.externalId, liveID: contact.id,
            liveFingerprint: Fingerprint.of(ContactState(live: contact).json), reason: reason)
    }

    var upserts: [ContactChange] { adds + updates }

    func reportUnmanaged(to builder: PlanBuilder, key: String) {
        if unmanagedCount > 0 {
            builder.addUnmanaged(
                .contacts, key: key,
                detail: "\(unmanagedCount) live contact(s) not in the manifests (kept; set prune to remove them)")
        }
    }
}

/// Turns a contact diff into upsert batches of at most 1000 and one delete operation.
struct ContactOperations {
    let key: String
    /// The campaign's UUID when it exists live: contacts routes are addressed by it, so the
    /// contacts of a campaign adopted by id (no external_id yet, or never: a closed one) are
    /// reachable.
    var campaignID: String? = nil
    let source: SourceLocation?
    let builder: PlanBuilder

    /// Adds the operations, each upsert after `after`; returns the ids of everything added.
    @discardableResult
    func add(_ diff: ContactDiff, skipping alreadyInline: Int = 0, after: [OperationID]) -> [OperationID] {
        var added: [OperationID] = []
        let batches = diff.upserts.dropFirst(alreadyInline).chunked(by: Contract.upsertBatch.upperBound)
        for (number, batch) in batches.enumerated() {
            added.append(
                builder.add(
                    PlanOperation(
                        id: OperationID(.contacts, key, .upsertContacts, batch: number + 1), step: .upsertContacts,
                        key: key,
                        liveID: campaignID, dependsOn: after, contacts: batch, source: source)))
        }
        if !diff.deletes.isEmpty {
            let deferred = diff.deletes.filter { $0.kind == .deferredDelete }.count
            if deferred > 0 {
                builder.warn(
                    .deferredDelete,
                    "\(deferred) contact(s) of \(Snippet(key)) to delete are mid-call (locked or in_progress); their deletes are deferred to a later run",
                    at: source)
            }
            added.append(
                builder.add(
                    PlanOperation(
                        id: OperationID(.contacts, key, .deleteContacts), step: .deleteContacts,
                        key: key, liveID: campaignID, dependsOn: after, contacts: diff.deletes,
                        source: source)))
        }
        return added
    }
}

extension Collection {
    /// Consecutive slices of at most `size` elements.
    func chunked(by size: Int) -> [[Element]] {
        var chunks: [[Element]] = []
        var index = startIndex
        while index != endIndex {
            let end = self.index(index, offsetBy: size, limitedBy: endIndex) ?? endIndex
            chunks.append(Array(self[index..<end]))
            index = end
        }
        return chunks
    }
}
