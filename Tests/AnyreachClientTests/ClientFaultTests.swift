import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import AnyreachClient

/// The client against an emulator that fails, rate-limits and loses write answers: a full read
/// and a series of writes still come out right, with no duplicates, and the emulator's metrics
/// show the retries that got them there.
@Suite struct ClientFaultTests {
    enum Fault: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case serverErrors, rateLimit, lostWrites

        var settings: FaultSettings {
            switch self {
            case .serverErrors: FaultSettings(errorRate: 0.3, seed: 11)
            case .rateLimit: FaultSettings(rateLimitPerSecond: 20, rateLimitBurst: 5, seed: 12)
            case .lostWrites: FaultSettings(lostWriteRate: 0.3, seed: 13)
            }
        }

        var testDescription: String { rawValue }
    }

    static let campaigns = 3
    static let contactsEach = 250

    @Test(arguments: Fault.allCases)
    func readAndWritesCompleteWithoutDuplicates(_ fault: Fault) async throws {
        let path = TestRig.temporaryDatabase("fault-\(fault.rawValue)")
        defer { TestRig.removeDatabase(path) }
        try await TestRig.withEmulator(EmulatorConfiguration(storage: .file(path: path))) { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                try await Seed.org(client, campaigns: Self.campaigns, contactsEach: Self.contactsEach)
            }
        }
        try await TestRig.withEmulator(EmulatorConfiguration(storage: .file(path: path), faults: fault.settings)) {
            emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                try await expectSeededOrg(client)
                try await applyWrites(client)
                expectRetries(fault, emulator: emulator.metrics, client: client.metrics.snapshot)
            }
        }
        try await TestRig.withEmulator(EmulatorConfiguration(storage: .file(path: path))) { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in try await expectFinalState(client) }
        }
    }

    /// Every answer to a write is lost, yet each create returns its resource and makes one.
    @Test func createsReturnTheResourceWhenEveryAnswerIsLost() async throws {
        let faults = FaultSettings(lostWriteRate: 1, seed: 21)
        try await TestRig.withEmulator(EmulatorConfiguration(faults: faults)) { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let configuration = try await client.createConfiguration(Seed.configuration("cfg-lost"))
                let campaign = try await client.createCampaign(
                    Seed.campaign(
                        "camp-lost", configuration: configuration.id,
                        contacts: Seed.contacts("lost", count: 5)))
                #expect(configuration.externalId == "cfg-lost")
                #expect(campaign.externalId == "camp-lost" && campaign.configurationId == configuration.id)
                #expect(try await client.listConfigurations().map(\.id) == [configuration.id])
                #expect(try await client.listAllCampaigns().map(\.id) == [campaign.id])
                #expect(try await client.listAllContacts(campaign.id).count == 5)
            }
            #expect(emulator.metrics.total("POST", "/campaign/campaigns") == 1, "no create was sent twice")
            #expect(emulator.metrics.total(status: 0) == 2, "both answers were dropped")
        }
    }

    /// Contacts without `id` or `external_id` would be inserted again by a repeat, so a lost
    /// answer to their upsert is reported, not retried; keyed ones are repeated safely.
    @Test func keylessContactsAreNotUpsertedTwice() async throws {
        let faults = FaultSettings(lostWriteRate: 1, seed: 22)
        try await TestRig.withEmulator(EmulatorConfiguration(faults: faults)) { emulator in
            try await TestRig.withClient(
                TestRig.settings(emulator, retry: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1)))
            ) { client in
                let keyless = [Seed.item(nil, [Seed.phone(1)]), Seed.item(nil, [Seed.phone(2)])]
                let error = try await #require(throws: APIClientError.self) {
                    _ = try await client.upsertContacts("default", items: keyless)
                }
                #expect(error.attempts == 1 && error.status == nil, "\(error)")
                let keyed = try await #require(throws: APIClientError.self) {
                    _ = try await client.upsertContacts("default", items: Seed.contactItems("k", count: 2))
                }
                #expect(keyed.attempts == 3, "\(keyed)")
                #expect(try await client.listAllContacts("default").count == 4, "two keyless, two keyed, none twice")
            }
        }
        #expect(
            Seed.item("a", []).isRepeatable
                && ContactUpsert(id: "b", externalID: nil, state: .init(phoneNumbers: [])).isRepeatable)
        #expect(!Seed.item(nil, []).isRepeatable)
    }

    /// The AIMD limit: halved once per burst of 429s, raised by about one per window of successes.
    @Test func limiterHalvesOnRateLimitsAndRecovers() async {
        let limiter = AdaptiveLimiter(maximum: 8)
        await limiter.acquire()
        await limiter.release(rateLimited: true)
        #expect(await limiter.currentLimit == 4)
        await limiter.acquire()
        await limiter.release(rateLimited: true)
        #expect(await limiter.currentLimit == 4, "429s arriving together are one signal")
        for _ in 0..<40 {
            await limiter.acquire()
            await limiter.release(rateLimited: false)
        }
        #expect(await limiter.currentLimit == 8, "successes raise it back to the maximum, never above")
    }

    // MARK: - The scenario

    private func expectSeededOrg(_ client: AnyreachClient) async throws {
        let externalIDs = Set((0..<Self.campaigns).map { "camp-\($0)" })
        let snapshot = try await client.readOrg(contactsOf: externalIDs, includeAdHoc: true)
        #expect(snapshot.configurations.map(\.externalId) == ["cfg-seed"])
        #expect(
            Set(snapshot.campaigns.compactMap(\.externalId)) == externalIDs
                && snapshot.campaigns.count == Self.campaigns)
        #expect(snapshot.contacts["default"]?.kept == [])
        for campaign in snapshot.campaigns {
            let index = campaign.externalId!.dropFirst("camp-".count)
            let expected = (0..<Self.contactsEach).map { "c\(index)-\($0)" }
            #expect(
                snapshot.contacts[campaign.id]?.kept.map(\.externalID) == expected,
                "contacts of \(campaign.externalId!)")
        }
    }

    /// Creates (one of them twice), PATCHes, upserts, lifecycle calls, deletes and a PUT.
    private func applyWrites(_ client: AnyreachClient) async throws {
        let configuration = try await client.createConfiguration(Seed.configuration("cfg-w"))
        let again = try await client.createConfiguration(Seed.configuration("cfg-w"))
        #expect(again.id == configuration.id, "a create that meets 409 returns what is there")
        _ = try await client.createCampaign(
            Seed.campaign("camp-w-a", configuration: configuration.id, contacts: Seed.contacts("wa", count: 20)))
        _ = try await client.createCampaign(Seed.campaign("camp-w-b", configuration: configuration.id))
        _ = try await client.updateCampaign("camp-w-a", patch: .setting(name: "Renamed A", priority: 7))
        _ = try await client.updateCampaign("camp-0", patch: .setting(priority: 9))
        _ = try await client.updateConfiguration(
            configuration.id,
            patch: {
                var patch = ConfigurationPatch()
                patch.name = .value("Config W renamed")
                patch.dialingPolicy = .value(DialingPolicy(maxAttempts: 5))
                return patch
            }())
        _ = try await client.upsertContacts("camp-w-a", items: Seed.contactItems("wa", count: 30, from: 10))
        _ = try await client.upsertContacts("camp-w-b", items: Seed.contactItems("wb", count: 150))
        for step in [client.pauseCampaign, client.startCampaign, client.pauseCampaign] {
            _ = try await step("camp-w-a")
        }
        _ = try await client.closeCampaign("camp-w-b")
        try await client.deleteContact("camp-w-a", "wa-0")
        try await client.deleteContact("camp-w-a", "wa-1")
        let temporary = try await client.createConfiguration(Seed.configuration("cfg-tmp"))
        try await client.deleteConfiguration(temporary.id)
        _ = try await client.setConcurrencyLimit(25)
    }

    private func expectRetries(_ fault: Fault, emulator: EmulatorMetrics, client: ClientMetrics.Snapshot) {
        #expect(client.retries > 0, "\(client)")
        switch fault {
        case .serverErrors:
            #expect(emulator.total(status: 500) > 0 && emulator.total(status: 503) > 0, "\(emulator.counts())")
        case .rateLimit:
            #expect(emulator.total(status: 429) > 0, "\(emulator.counts())")
            #expect(client.rateLimited > 0 && client.rateLimited == emulator.total(status: 429))
        case .lostWrites:
            #expect(emulator.total(status: 0) > 0, "\(emulator.counts())")
            #expect(
                client.byStatus[0, default: 0] == emulator.total(status: 0),
                "each dropped answer reached the client as no answer")
        }
    }

    /// Read back without faults: exactly one of each external_id, and every write in place.
    private func expectFinalState(_ client: AnyreachClient) async throws {
        let configurations = try await client.listConfigurations()
        #expect(configurations.compactMap(\.externalId).sorted() == ["cfg-seed", "cfg-w"])
        let renamed = configurations.first { $0.externalId == "cfg-w" }
        #expect(renamed?.name == "Config W renamed" && renamed?.dialingPolicy.maxAttempts == 5)

        let campaigns = try await client.listAllCampaigns()
        let seeded = (0..<Self.campaigns).map { "camp-\($0)" }
        #expect(campaigns.compactMap(\.externalId).sorted() == (seeded + ["camp-w-a", "camp-w-b"]).sorted())
        let byExternalID = Dictionary(uniqueKeysWithValues: campaigns.map { ($0.externalId ?? $0.id, $0) })
        #expect(
            byExternalID["camp-w-a"]?.status == .paused && byExternalID["camp-w-a"]?.name == "Renamed A"
                && byExternalID["camp-w-a"]?.priority == 7)
        #expect(byExternalID["camp-w-b"]?.status == .closed)
        #expect(byExternalID["camp-0"]?.priority == 9)

        #expect(try await client.listAllContacts("camp-w-a").map(\.externalID) == (2..<40).map { "wa-\($0)" })
        #expect(try await client.listAllContacts("camp-w-b").map(\.externalID) == (0..<150).map { "wb-\($0)" })
        #expect(try await client.listAllContacts("camp-1").count == Self.contactsEach)
        #expect(try await client.concurrencySettings().concurrencyLimit == 25)
    }
}
