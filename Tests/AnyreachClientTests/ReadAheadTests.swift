import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import AnyreachClient

/// Contact pages read ahead (while the manifests load) start the plan's read: only the other
/// pages are fetched, the read is checked as a whole, and one that raced is read again.
@Suite struct ReadAheadTests {
    private static let route = "/campaign/campaigns/{id}/contacts"

    /// A campaign `camp` of `count` contacts `p-0`, `p-1`, …; returns their ids in the API's order.
    private func campaign(_ client: AnyreachClient, count: Int) async throws -> [String] {
        let configuration = try await client.createConfiguration(Seed.configuration("cfg"))
        _ = try await client.createCampaign(Seed.campaign("camp", configuration: configuration.id))
        var ids: [String] = []
        for start in stride(from: 0, to: count, by: 1000) {
            let batch = try await client.upsertContacts(
                "camp", items: Seed.contactItems("p", count: min(1000, count - start), from: start))
            ids += batch.contactIds.compactMap { $0 }
        }
        return ids
    }

    @Test func aReadStartedAheadFetchesOnlyTheOtherPages() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let ids = try await campaign(client, count: 2345)
                let ahead = try #require(try await client.readAhead("camp", budget: 1000))
                #expect(ahead.count == 1000, "pages at 0, 200, 400, 600 and 800")
                #expect(emulator.metrics.total("GET", Self.route) == 5)

                let read = try await client.readContacts("camp", ahead: ahead) { AllContacts() }
                #expect(read.contacts.map(\.id) == ids, "every contact once, in the API's order")
                #expect(emulator.metrics.total("GET", Self.route) == 12, "the 7 other pages of 200, no page twice")
            }
        }
    }

    @Test func theBudgetIsAtLeastTheFirstPageAndAtMostTheCampaign() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                _ = try await campaign(client, count: 450)
                #expect(try await client.readAhead("camp", budget: 0)?.count == 200)
                #expect(try await client.readAhead("camp", budget: 201)?.count == 400)
                #expect(try await client.readAhead("camp", budget: 10_000)?.count == 450)
                #expect(try await client.readAhead("nowhere", budget: 10_000) == nil, "a 404 is no pages")
            }
        }
    }

    @Test func aReadAheadThatRacedWithADeleteIsReadAgainFromTheAPI() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let ids = try await campaign(client, count: 1000)
                let ahead = try #require(try await client.readAhead("camp", budget: 400))
                // Deleted after its page was read ahead: every later page moves up by one, so
                // the pages fetched now miss a contact and the read comes up one short.
                try await client.deleteContact("camp", ids[100])

                let read = try await client.readContacts("camp", ahead: ahead) { AllContacts() }
                var left = ids
                left.remove(at: 100)
                #expect(read.contacts.map(\.id) == left, "the read again holds the org as it is now")
                #expect(
                    emulator.metrics.total("GET", Self.route) == 2 + 3 + 5,
                    "2 pages ahead, the 3 others of the first read, then 5 pages read again")
            }
        }
    }

    @Test func readingAheadKeepsWhatItFoundAndLeavesOutWhatFailed() async throws {
        try await TestRig.withEmulator { emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                _ = try await campaign(client, count: 450)
                let ahead = ContactReadAhead(client, campaigns: ["camp", "nowhere", "camp"])
                #expect(await ahead.pages(of: "camp")?.count == 450, "450 is under each campaign's share")
                #expect(await ahead.pages(of: "nowhere") == nil, "a 404 is no pages")
                #expect(await ahead.pages(of: "never-asked") == nil)
                await ahead.finish()
                #expect(emulator.metrics.total("GET", Self.route) == 4, "3 pages of camp, once; 1 of nowhere")
            }
            try await TestRig.withClient(TestRig.settings(emulator, token: "ak_wrong.token")) { client in
                let ahead = ContactReadAhead(client, campaigns: ["camp"])
                #expect(await ahead.pages(of: "camp") == nil, "a 401 is left for the plan's read to report")
                await ahead.finish()
            }
        }
    }

    @Test func finishingStopsReadsNoOneWaitsFor() async throws {
        try await TestRig.withEmulator(EmulatorConfiguration(faults: FaultSettings(latencyMilliseconds: 3_000))) {
            emulator in
            try await TestRig.withClient(TestRig.settings(emulator)) { client in
                let started = ContinuousClock.now
                let ahead = ContactReadAhead(client, campaigns: ["a", "b", "c"])
                await ahead.finish()
                #expect(ContinuousClock.now - started < .milliseconds(1_500), "cancelled, not waited out")
                #expect(await ahead.pages(of: "a") == nil)
            }
        }
    }
}
