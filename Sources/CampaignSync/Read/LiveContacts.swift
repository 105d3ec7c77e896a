import AnyreachAPI
public import AnyreachClient
import CampaignManifest

/// The live contacts of one campaign as a plan reads them: every one counted, and kept whole
/// only when the plan may act on it.
///
/// Read against a `ContactExpectation`, a contact whose content is what the manifests want
/// under its external_id is only marked (one bit); the others (changed, unknown to the
/// manifests, without an external_id) are kept. Read without one, every contact is kept.
public struct LiveContacts: Sendable, LiveContactSink {
    /// The contacts kept whole, in the API's order.
    public private(set) var kept: [LiveContact] = []
    /// How many contacts the campaign has live, kept or not.
    public private(set) var count = 0
    /// How many of them are pending: what closing the campaign stops from being dialled.
    public private(set) var pending = 0
    let expectation: ContactExpectation?
    private var unchanged: BitSet
    private var arriving: [(position: Int, contacts: [LiveContact])] = []

    public init(expecting expectation: ContactExpectation? = nil) {
        self.expectation = expectation
        unchanged = BitSet(count: expectation?.count ?? 0)
    }

    /// Every contact kept (tests, and reads with nothing to compare against).
    public init(_ contacts: [LiveContact]) {
        self.init()
        take(contacts, at: 0)
        finish()
    }

    public mutating func take(_ contacts: [LiveContact], at position: Int) {
        count += contacts.count
        var keep: [LiveContact] = []
        // Through the buffer: `for contact in contacts`, and even `contacts[index]` handed to a
        // function, copied each contact out, retaining and releasing every reference it holds.
        contacts.withUnsafeBufferPointer { contacts in
            // Where the next contact is most likely expected: after the one found before it,
            // whether or not that one's content matched.
            var guess = 0
            for index in contacts.indices {
                if contacts[index].status == .pending { pending += 1 }
                let place = expectedPlace(of: contacts[index].externalID, guess: guess)
                if let place { guess = place + 1 }
                if let place, expectation?.isExpected(contacts[index].state, at: place) == true {
                    unchanged.insert(place)
                } else {
                    keep.append(contacts[index])
                }
            }
        }
        if !keep.isEmpty { arriving.append((position, keep)) }
    }

    public mutating func finish() {
        arriving.sort { $0.position < $1.position }
        kept += arriving.flatMap(\.contacts)
        arriving = []
    }

    /// The expectation's place of a live contact's external_id, whatever its content.
    private func expectedPlace(of externalID: String?, guess: Int) -> Int? {
        guard let key = externalID, let expectation else { return nil }
        return expectation.place(of: key, guess: guess)
    }

    /// Whether the read was checked against `contacts` itself (the expectation's own list), so
    /// that `isUnchanged(at:)` answers for its contacts by place.
    func wasRead(against contacts: [ContactSpec]) -> Bool {
        expectation?.isBuilt(from: contacts) ?? false
    }

    /// Whether the expected contact at `position` was read with the content expected.
    func isUnchanged(at position: Int) -> Bool {
        unchanged.contains(position)
    }

    /// The fingerprint the contact under `key` was read with, when it matched the expectation
    /// and so was not kept; nil when it wasn't read or was kept.
    func matchedFingerprint(_ key: String) -> UInt64? {
        guard let expectation, let place = expectation.place(of: key), unchanged.contains(place) else { return nil }
        return expectation.fingerprint(at: place)
    }
}

/// A fixed-size set of small integers, a bit each.
struct BitSet: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ index: Int) {
        words[index / 64] |= 1 << UInt64(index % 64)
    }

    func contains(_ index: Int) -> Bool {
        words[index / 64] & (1 << UInt64(index % 64)) != 0
    }
}
