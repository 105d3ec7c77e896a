import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import Testing

@testable import CampaignSync

/// What a plan keeps of a campaign's live contacts: a bit for each that matches the manifests,
/// the whole record of every other, in the API's order whatever order the pages came in.
@Suite struct LiveContactsTests {
    static func state(_ number: String, data: JSONValue = [:]) -> ContactState {
        ContactState(phoneNumbers: [number], data: data, timezone: "America/Chicago")
    }

    static func spec(_ key: String, _ state: ContactState) -> ContactSpec {
        var spec = ContactSpec(
            externalID: key, rawPhoneNumbers: state.phoneNumbers,
            location: SourceLocation(file: "m.yaml", line: 1, column: 1))
        spec.state = state
        return spec
    }

    static func live(_ id: String, _ key: String?, _ state: ContactState, _ status: LiveContact.Status = .pending)
        -> LiveContact
    {
        LiveContact(id: id, externalID: key, status: status, state: state)
    }

    @Test func onlyContactsThatDifferOrAreUnknownAreKept() {
        let wanted = [
            Self.spec("same", Self.state("+14155550100", data: ["n": .double(2.0)])),
            Self.spec("changed", Self.state("+14155550101")),
        ]
        var contacts = LiveContacts(expecting: ContactExpectation(wanted))
        let pages = [
            [Self.live("1", "same", Self.state("+14155550100", data: ["n": .int(2)]))],
            [Self.live("2", "changed", Self.state("+14155550199"), .completed)],
            [Self.live("3", nil, Self.state("+14155550102")), Self.live("4", "stranger", Self.state("+1415555010"))],
        ]
        contacts.take(pages[2], at: 2)
        contacts.take(pages[0], at: 0)
        contacts.take(pages[1], at: 1)
        contacts.finish()
        #expect(contacts.kept.map(\.id) == ["2", "3", "4"], "in the API's order, the match left out")
        #expect(contacts.count == 4 && contacts.pending == 3)
        #expect(contacts.matchedFingerprint("same") == wanted[0].state.fingerprint)
        #expect(contacts.matchedFingerprint("changed") == nil && contacts.matchedFingerprint("stranger") == nil)
    }

    /// A page in the manifests' order is matched place after place; one in another order, or
    /// with contacts the manifests don't name between, is matched by key: the same contacts
    /// are matched either way.
    @Test(arguments: [0, 1, 2])
    func aContactIsMatchedWhateverItsPlaceOnThePage(_ order: Int) {
        let wanted = (0..<40).map { Self.spec("k\($0)", Self.state("+141555501\(10 + $0)")) }
        var page = wanted.enumerated().map { Self.live("\($0.offset)", $0.element.externalID, $0.element.state) }
        switch order {
        case 1: page.reverse()
        case 2:
            page.shuffle()
            page.insert(Self.live("x", "k3", Self.state("+14155550999")), at: 7)
            page.insert(Self.live("y", "unknown", Self.state("+14155550998")), at: 20)
        default: break
        }
        var contacts = LiveContacts(expecting: ContactExpectation(wanted))
        contacts.take(page, at: 0)
        contacts.finish()
        #expect(contacts.kept.map(\.id) == (order == 2 ? ["x", "y"] : []))
        #expect((0..<40).allSatisfy { contacts.isUnchanged(at: $0) })
    }

    /// The diff finds a matched contact by its place when it compares the very list the read was
    /// checked against; given another list (states changed since the read), it looks each one
    /// up by key and fails those whose content is no longer the one read.
    @Test func theDiffTrustsAContactsBitOnlyForTheListTheReadWasCheckedAgainst() {
        let wanted = [Self.spec("a", Self.state("+14155550100")), Self.spec("b", Self.state("+14155550101"))]
        var contacts = LiveContacts(expecting: ContactExpectation(wanted))
        contacts.take(
            [Self.live("1", "a", Self.state("+14155550100")), Self.live("2", "b", Self.state("+14155550101"))], at: 0)
        contacts.finish()
        #expect(contacts.kept.isEmpty && contacts.wasRead(against: wanted))
        let same = ContactDiff(desired: wanted, live: contacts, prune: false)
        #expect(same.adds.isEmpty && same.updates.isEmpty && same.unreadable.isEmpty)
        var changed = wanted
        changed[1].state.timezone = "Europe/London"
        #expect(!contacts.wasRead(against: changed))
        let other = ContactDiff(desired: changed, live: contacts, prune: false)
        #expect(other.unreadable == ["b"] && other.adds.isEmpty && other.updates.isEmpty)
    }

    /// The fingerprint written field by field is the one of the contact's JSON, which saved
    /// plans record.
    @Test(arguments: [
        ContactState(phoneNumbers: []),
        ContactState(
            phoneNumbers: ["+14155550100", "+442079460018"], data: ["a\"b": "c\\d\n\u{1}", "n": 1.0, "f": 0.5],
            timezone: "Europe/London", scheduledAt: "2026-01-01T00:00:00Z", agentID: "agent", agentVersion: 7,
            agentNumber: "+14155550199", agentConfig: ["deep": ["list": [1, "x", nil]]], initialContext: "é 😀"),
    ])
    func theFastFingerprintIsTheFingerprintOfTheJSON(_ state: ContactState) {
        #expect(Fingerprint.text(state.fingerprint) == Fingerprint.of(state.json))
    }
}
