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

    /// Live contacts the read matched to a manifest entry under a state other than the one
    /// compared now: their records weren't kept, so their change can't be shown.
    var unreadable: [String] = []

    init(desired: [ContactSpec], live: LiveContacts, prune: Bool, suppression: ContactSuppression = .none) {
        liveCount = live.count
        var liveByKey: [String: LiveContact] = [:]
        liveByKey.reserveCapacity(live.kept.count)
        for contact in live.kept {
            if let key = contact.externalID { liveByKey[key] = contact }
        }
        var adoptable: [String: LiveContact] = [:]
        for contact in live.kept where contact.externalID == nil { adoptable[contact.id.lowercased()] = contact }
        // The manifests' own list, which the read was checked against: a contact's bit is
        // found by its place, its state being the one fingerprinted then.
        let sameList = live.wasRead(against: desired)
        // By index, each contact read in place: `enumerated()` copied every one out (and
        // retained all it holds), though most are only looked at.
        for position in desired.indices {
            let adopted = desired[position].adoptID.flatMap { adoptable.removeValue(forKey: $0) }
            let kept = liveByKey.isEmpty ? nil : liveByKey.removeValue(forKey: desired[position].externalID)
            if let contact = kept ?? adopted {
                compare(desired[position], contact)
            } else if sameList, live.isUnchanged(at: position) {
                continue
            } else if let matched = live.matchedFingerprint(desired[position].externalID) {
                // Read and not kept: its live content is what the manifests wanted when it was
                // read, which must be what they want now (`canonicalState` fingerprints as `state`).
                if matched != desired[position].state.fingerprint { unreadable.append(desired[position].externalID) }
            } else {
                add(desired[position])
            }
        }
        let leftovers = live.kept.filter { contact in
            contact.externalID.map { liveByKey[$0] != nil } ?? (adoptable[contact.id.lowercased()] != nil)
        }
        for contact in leftovers { settle(contact, prune: prune, suppression: suppression) }
    }

    /// A live contact the manifests don't want: gone when suppressed (whatever `prune` says) or
    /// pruned, rewritten without its suppressed numbers when it stays, else left alone.
    private mutating func settle(_ contact: LiveContact, prune: Bool, suppression: ContactSuppression) {
        switch suppression.verdict(on: contact) {
        case .everyNumber where contact.status == .completed || contact.status == .exhausted:
            // Never dialled again: deleting it would only lose its history.
            liveSuppression.done += 1
            if prune { deletes.append(Self.deletion(contact)) } else { unmanagedCount += 1 }
        case .everyNumber:
            liveSuppression.deletes += 1
            deletes.append(Self.deletion(contact, reason: .suppressed))
        case .some(let callable) where !prune && contact.status == .pending && contact.externalID != nil:
            liveSuppression.updates += 1
            updates.append(Self.withoutSuppressed(contact, keeping: callable))
        default:
            if prune { deletes.append(Self.deletion(contact)) } else { unmanagedCount += 1 }
        }
    }

    /// An upsert of a live contact the manifests don't manage, changing only its numbers.
    private static func withoutSuppressed(_ contact: LiveContact, keeping callable: [String]) -> ContactChange {
        let current = contact.state
        var wanted = current
        wanted.phoneNumbers = callable
        return ContactChange(
            kind: .update, externalID: contact.externalID, liveID: contact.id, fields: ["phone_numbers"],
            item: ContactUpsert(externalID: contact.externalID, state: wanted),
            liveFingerprint: Fingerprint.text(current.fingerprint),
            before: .object(["phone_numbers": current.phoneNumbers.json]), reason: .suppressed)
    }

    private mutating func add(_ spec: ContactSpec) {
        let item = ContactUpsert(externalID: spec.externalID, state: spec.canonicalState)
        adds.append(ContactChange(kind: .add, externalID: spec.externalID, item: item, source: spec.location))
    }

    private mutating func compare(_ spec: ContactSpec, _ live: LiveContact) {
        let wanted = spec.canonicalState
        let current = live.state
        let renamed = live.externalID != spec.externalID
        guard current != wanted || renamed else { return }
        var differences = ContactState.fields.differences(from: current, to: wanted).map {
            ($0.path, $0.before ?? .null)
        }
        // An adopted contact: matched by id, the upsert renames it to the manifest's key.
        if renamed { differences.append(("external_id", live.externalID.json)) }
        differences.sort { $0.0 < $1.0 }
        let item = ContactUpsert(id: renamed ? live.id : nil, externalID: spec.externalID, state: wanted)
        updates.append(
            ContactChange(
                kind: .update, externalID: spec.externalID, liveID: live.id, fields: differences.map(\.0),
                item: item, source: spec.location, liveFingerprint: Fingerprint.text(current.fingerprint),
                before: .object(Dictionary(uniqueKeysWithValues: differences))))
    }

    /// A delete, held back when a call is under way: the API refuses those (409) and the contact
    /// is mid-call.
    private static func deletion(_ contact: LiveContact, reason: ContactChange.Reason? = nil) -> ContactChange {
        let busy = contact.status == .locked || contact.status == .inProgress
        return ContactChange(
            kind: busy ? .deferredDelete : .delete, externalID: contact.externalID, liveID: contact.id,
            liveFingerprint: Fingerprint.text(contact.state.fingerprint), reason: reason)
    }

    var upserts: [ContactChange] { adds + updates }

    /// What the diff tells the plan besides its operations: contacts it could not compare (the
    /// plan fails) and live contacts it leaves alone.
    func report(to builder: PlanBuilder, key: String) {
        if let first = unreadable.first {
            builder.fail(
                .contactRead,
                "\(unreadable.count) contact(s) of \(Snippet(key)) (first \(Snippet(first))) were read against other contents than the plan compares; nothing was planned for them",
                at: nil, hint: "run the plan again; if it repeats, report it as a bug")
        }
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
