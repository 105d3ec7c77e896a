import AnyreachModel
public import CampaignManifest

/// What the manifests want of one campaign's contacts, by external_id: the read compares each
/// live contact with it as its page arrives and keeps whole only those that differ or that it
/// doesn't name. An unchanged contact then costs the plan one bit, not a record.
///
/// The table holds no keys of its own: its slots are places in the manifests' contact list,
/// whose external_ids it compares, so it costs about 5 bytes a contact (a dictionary by
/// external_id was 88). The list is shared, not copied, as long as nobody changes it. A live
/// contact is compared with its expected state itself: equal states are equal content, and
/// comparing them costs less than fingerprinting both sides.
public struct ContactExpectation: Sendable {
    private let contacts: [ContactSpec]
    /// Open addressing with linear probing over places in `contacts` (-1: empty), by the
    /// external_id's hash. `Hasher` is seeded per process, so keys written to collide (the
    /// manifests come from pull requests) can't be chosen ahead of time.
    private let slots: [Int32]

    public init(_ contacts: [ContactSpec]) {
        self.contacts = contacts
        var slots = [Int32](repeating: -1, count: contacts.count + contacts.count / 3 + 1)
        // By index: enumerating would copy every contact out, retaining all it holds.
        for index in contacts.indices {
            let key = contacts[index].externalID
            var slot = Self.home(of: key, among: slots.count)
            // A key written twice (which the checks refuse) keeps its last place.
            while slots[slot] >= 0, contacts[Int(slots[slot])].externalID != key {
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    /// The place of the contact expected under `key`, tried first at `guess`: a page lists its
    /// contacts in the order they were created, which is mostly the manifests' order, so the
    /// place after the last one found is nearly always right. Checked there, the lookup reads
    /// memory next to what it just read; hashed, it reads two places at random (a slot and a
    /// contact), two cache misses that were 3% of a no-change plan's CPU.
    func place(of key: String, guess: Int) -> Int? {
        if guess < contacts.count, contacts[guess].externalID == key { return guess }
        return place(of: key)
    }

    /// The place of the contact expected under `key`.
    func place(of key: String) -> Int? {
        var slot = Self.home(of: key, among: slots.count)
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if contacts[index].externalID == key { return index }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        return nil
    }

    /// Whether a live contact's state is the one expected at `place`. A state equal as a value
    /// is equal content; one that isn't may still be (a `2.0` that the API gives back as `2`),
    /// and is then kept and compared whole by the diff.
    func isExpected(_ state: ContactState, at place: Int) -> Bool {
        contacts[place].state == state
    }

    /// The fingerprint of the state expected at `place` (`canonicalState`, which the diff
    /// compares, fingerprints as `state`: the canonical writer makes integral numbers integers).
    func fingerprint(at place: Int) -> UInt64 {
        contacts[place].state.fingerprint
    }

    /// Whether `other` is the very list this was built from (the same storage, so the same
    /// states): then a contact's bit is found by its place, with no lookup and no second
    /// fingerprint.
    func isBuilt(from other: [ContactSpec]) -> Bool {
        contacts.count == other.count
            && contacts.withUnsafeBufferPointer { own in
                other.withUnsafeBufferPointer { own.baseAddress == $0.baseAddress }
            }
    }

    /// How many places there are (the bits a read may set).
    var count: Int { contacts.count }

    /// The first slot to try: the hash scaled onto the table, with no division.
    private static func home(of key: String, among count: Int) -> Int {
        Int(UInt64(UInt(bitPattern: key.hashValue)).multipliedFullWidth(by: UInt64(count)).high)
    }
}

extension DesiredState {
    /// An expectation for every campaign reference whose contacts a plan reads and compares as
    /// the manifests wrote them, and `default` for the ad-hoc list.
    ///
    /// A campaign whose configuration is only live is left out: the planner renormalizes its
    /// numbers with that configuration's country code once the org is read, so what it compares
    /// is not yet known here, and its contacts are read whole.
    public var contactExpectations: [String: ContactExpectation] {
        var expectations: [String: ContactExpectation] = [:]
        let configured = Set(configurations.map(\.externalID))
        for campaign in campaigns where configured.contains(campaign.configuration) {
            let expectation = ContactExpectation(campaign.contacts)
            for name in campaign.names { expectations[name] = expectation }
        }
        if let adHoc = adHocContacts { expectations["default"] = ContactExpectation(adHoc.contacts) }
        return expectations
    }
}
