import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// Campaigns are born active and dial as soon as they have contacts, so contacts must never
/// reach a campaign that the manifests want stopped before it is stopped. Checked in the order
/// the emulator answered the requests.
@Suite struct PauseSafetyTests {
    static let before = ManifestGenerator(campaigns: [
        .init(key: "live-one", status: "active", contacts: 500),
        .init(key: "closing", status: "active", contacts: 200),
    ])
    static let after = ManifestGenerator(campaigns: [
        .init(key: "live-one", status: "paused", contacts: 3_000),
        .init(key: "closing", status: "closed", contacts: 1_200),
        .init(key: "born-paused", status: "paused", contacts: 1_200),
    ])

    @Test func contactsArriveOnlyAfterThePause() async throws {
        try await Scenario.with("safety") { scenario in
            try Self.before.write(to: scenario.workspace, directory: "manifests")
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "manifests/"])
            try #require(setup.status == 0, "\(setup)")

            try Self.after.write(to: scenario.workspace, directory: "manifests")
            try await scenario.emulator.resetMetrics()
            let run = try await scenario.campaignctl.run(["apply", "--auto-approve", "manifests/"])
            #expect(run.status == 0, "\(run)")
            let log = RequestOrder(try await scenario.emulator.requestLog(), ids: try await campaignIDs(scenario))

            log.expectPausedBeforeContacts("live-one", upserts: 3)
            log.expectPausedBeforeContacts("closing", upserts: 1)
            #expect(
                log.index(of: "POST", "closing", "/close") ?? -1 > log.indices(of: "POST", "closing", "/contacts").max()
                    ?? .max,
                "closing comes after the contacts:\n\(log)")
            log.expectPausedBeforeContacts("born-paused", upserts: 2)
            let creates = log.requests.indices.filter {
                log.requests[$0].method == "POST" && log.requests[$0].path == "/campaign/campaigns"
            }
            #expect(
                creates.count == 1 && creates[0] < log.index(of: "POST", "born-paused", "/pause") ?? -1,
                "born-paused is created (without its 1,200 contacts inline: they take 2 upserts) before it is paused:\n\(log)"
            )

            let org = try await scenario.inventory()
            #expect(
                org.contactCount("live-one") == 3_000 && org.contactCount("closing") == 1_200
                    && org.contactCount("born-paused") == 1_200)
        }
    }

    /// Each campaign's external_id → its UUID: request paths may name either.
    private func campaignIDs(_ scenario: Scenario) async throws -> [String: String] {
        let page = try await HTTP.expectJSON("GET", scenario.emulator.baseURL + "/campaign/campaigns?limit=200")
        return Dictionary(
            (page["campaigns"]?.arrayValue ?? []).compactMap { campaign in
                campaign["external_id"]?.stringValue.flatMap { key in campaign["id"]?.stringValue.map { (key, $0) } }
            }, uniquingKeysWith: { first, _ in first })
    }
}
