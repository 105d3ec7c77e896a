import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import AnyreachClient

/// Campaigns by cursor over several pages, contacts by concurrent offset pages, each exactly once
/// and in the API's order.
@Suite struct PaginationTests {
    @Test func listAllCampaignsFollowsTheCursorAcrossPages() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let created = try await Seed.org(client, campaigns: 450, contactsEach: 0)
                let listed = try await client.listAllCampaigns()
                #expect(listed.count == 450)
                #expect(Set(listed.map(\.id)) == Set(created.map(\.id)), "each campaign exactly once")
                let order = listed.map { ($0.createdAt, $0.id) }
                #expect(zip(order, order.dropFirst()).allSatisfy { $0 < $1 }, "in the API's order: created_at, then id")
            }
            #expect(emulator.metrics.total("GET", "/campaign/campaigns") == 3, "pages of 200, 200 and 50")
        }
    }

    @Test func listAllContactsReturnsEachContactOnceInOrder() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let configuration = try await client.createConfiguration(Seed.configuration("cfg"))
                let campaign = try await client.createCampaign(Seed.campaign("camp", configuration: configuration.id))
                var ids: [String] = []
                for start in stride(from: 0, to: 2345, by: 1000) {
                    let batch = try await client.upsertContacts(
                        "camp", items: Seed.contactItems("p", count: min(1000, 2345 - start), from: start))
                    ids += batch.contactIds.compactMap { $0 }
                }
                let listed = try await client.listAllContacts(campaign.id)
                #expect(listed.count == 2345)
                #expect(listed.map(\.id) == ids, "in insertion order, each once")
                #expect(listed.map(\.externalID) == (0..<2345).map { "p-\($0)" })
            }
            #expect(
                emulator.metrics.total("GET", "/campaign/campaigns/{id}/contacts") == 12,
                "2345 contacts in pages of 200")
        }
    }

    @Test func anEmptyCampaignTakesOnePage() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let contacts = try await client.listAllContacts("default")
                #expect(contacts.isEmpty)
            }
            #expect(emulator.metrics.total("GET", "/campaign/campaigns/{id}/contacts") == 1)
        }
    }

    @Test func anInconsistentReadIsDetected() {
        func problem(_ ids: [String], total: Int) -> String? {
            var read = CheckedRead(sink: AllContacts())
            let contacts = ids.map {
                LiveContact(
                    id: $0, externalID: nil, status: .pending, state: ContactState(phoneNumbers: ["+14155550000"]))
            }
            read.take(contacts, at: 0)
            return read.inconsistency(total: total)
        }
        #expect(problem(["a", "b"], total: 2) == nil)
        #expect(problem(["a", "a"], total: 2) == "contact a came back twice")
        #expect(problem(["a"], total: 2) == "read 1 contacts where the API announced 2")
        let uuid = "0B5E3C1A-6E52-4C7B-9A43-3F1D2E4B5C6D"
        #expect(problem([uuid, uuid.lowercased()], total: 2) == "contact \(uuid.lowercased()) came back twice")
        // UUIDs are kept as bits and sorted once the read is done: a repeat far from its first
        // reading is found, and named as the API writes it.
        let many = (0..<1000).map { String(format: "%08x-0000-4000-8000-%012x", ($0 * 7919) % 4093, $0) }
        #expect(problem(many, total: 1000) == nil)
        #expect(problem(many + [many[500]], total: 1001) == "contact \(many[500]) came back twice")
    }

    @Test func aUUIDIsKeptAsItsBitsAndAnythingElseAsText() {
        let uuid = "0b5e3c1a-6e52-4c7b-9a43-3f1d2e4b5c6d"
        #expect(ContactIDSet.bits(uuid).map(ContactIDSet.text) == uuid)
        #expect(ContactIDSet.bits(uuid.uppercased()).map(ContactIDSet.text) == uuid)
        #expect(ContactIDSet.bits("ffffffff-ffff-ffff-ffff-ffffffffffff") == UInt128.max)
        #expect(ContactIDSet.bits("00000000-0000-0000-0000-000000000000") == 0)
        // Every byte that is not a hex digit, at every digit's place, and anything at a dash's.
        let bytes = Array(uuid.utf8)
        for index in bytes.indices {
            for byte in UInt8.min...UInt8.max {
                var changed = bytes
                changed[index] = byte
                let text = String(decoding: changed, as: UTF8.self)
                let valid = [8, 13, 18, 23].contains(index) ? byte == UInt8(ascii: "-") : byte.isHexDigit
                #expect((ContactIDSet.bits(text) != nil) == valid, "\(text.debugDescription)")
            }
        }
        #expect(ContactIDSet.bits(String(uuid.dropLast())) == nil)
        #expect(ContactIDSet.bits(uuid + "0") == nil)
    }
}

/// `readOrg`: contacts of the named campaigns, read beside the campaign list, keyed by campaign id.
@Suite struct ReadOrgTests {
    @Test func readsTheNamedCampaignsAndSkipsUnknownOnes() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let configuration = try await client.createConfiguration(Seed.configuration("cfg"))
                let named = try await client.createCampaign(
                    Seed.campaign("named", configuration: configuration.id, contacts: Seed.contacts("n", count: 3)))
                let other = try await client.createCampaign(
                    Seed.campaign("other", configuration: configuration.id, contacts: Seed.contacts("o", count: 2)))
                let anonymous = try await client.createCampaign(
                    .init(name: "No external id", configurationId: configuration.id))
                _ = try await client.upsertContacts("default", items: [Seed.item("adhoc-1", ["+14155550100"])])

                let snapshot = try await client.readOrg(contactsOf: ["named", "not-live"], includeAdHoc: true)
                #expect(Set(snapshot.campaigns.map(\.id)) == [named.id, other.id, anonymous.id])
                #expect(
                    Set(snapshot.contacts.keys) == [named.id, "default"],
                    "only the named live campaigns, and the ad-hoc list")
                #expect(snapshot.contacts[named.id]?.kept.map(\.externalID) == ["n-0", "n-1", "n-2"])
                #expect(snapshot.contacts["default"]?.kept.map(\.externalID) == ["adhoc-1"])
                #expect(snapshot.configurations.map(\.id) == [configuration.id])
            }
        }
    }
}

/// Backoff with equal jitter (between half the bound and the bound), `Retry-After` as a floor,
/// `maxDelay` as a ceiling.
@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(
        maxAttempts: 8, baseDelay: .milliseconds(100), maxDelay: .seconds(2), totalBudget: .seconds(30))

    @Test(arguments: 1...30)
    func equalJitterStaysWithinTheUpperHalfOfTheExponentialBound(attempt: Int) {
        let bound = min(Duration.seconds(2), .milliseconds(100) * (1 << min(attempt - 1, 20)))
        #expect(policy.delay(afterAttempt: attempt, retryAfter: nil, random: 0) == bound / 2)
        #expect(policy.delay(afterAttempt: attempt, retryAfter: nil, random: 1) == bound)
        for _ in 0..<50 {
            let delay = policy.delay(afterAttempt: attempt, retryAfter: nil, random: .random(in: 0...1))
            #expect(delay >= bound / 2 && delay <= bound && delay <= policy.maxDelay)
        }
    }

    @Test func theBoundDoublesUntilMaxDelay() {
        let bounds = (1...7).map { policy.delay(afterAttempt: $0, retryAfter: nil, random: 1) }
        #expect(
            bounds == [
                .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .milliseconds(1600),
                .seconds(2), .seconds(2),
            ])
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, random: 0.5) == .milliseconds(300))
    }

    @Test func randomOutsideZeroToOneIsClamped() {
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil, random: -3) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil, random: 7) == .milliseconds(200))
    }

    @Test func retryAfterIsAFloor() {
        #expect(
            policy.delay(afterAttempt: 1, retryAfter: .seconds(1), random: 0.5) == .seconds(1),
            "the server's wait beats a shorter draw")
        #expect(
            policy.delay(afterAttempt: 6, retryAfter: .milliseconds(300), random: 1) == .seconds(2),
            "a longer draw beats Retry-After")
        // Never sooner than the server asked, even past maxDelay: the total budget decides whether to wait that long.
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(5), random: 1) == .seconds(5))
    }

    @Test func retryableStatuses() {
        #expect(RetryPolicy.retryableStatuses == [429, 500, 502, 503, 504])
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
