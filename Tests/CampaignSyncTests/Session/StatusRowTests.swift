import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// `status` joins the campaigns the manifests want with the live ones: the live status and
/// statistics beside the wanted status, `missing` for one not created yet, unmanaged ones left out.
@Suite struct StatusRowTests {
    @Test func rowsJoinWantedAndLiveCampaigns() async throws {
        try await SessionRig.withEmulator { emulator in
            try await EmulatorConnections(emulator).withConnection { connection in
                try await SessionRig.apply(try SessionRig.desired(Manifests.loop), on: connection)
                _ = try await connection.client.pauseCampaign("loop")
                let desired = try SessionRig.desired(Manifests.loopAdopting(PlanReadTests.adoptedID))

                let rows = try await StatusRow.rows(for: desired, client: connection.client)
                #expect(rows.map(\.campaign) == desired.campaigns.map(\.externalID), "the managed campaigns only")
                let loop = try #require(rows.first { $0.campaign == "loop" })
                #expect(loop.wanted == "active" && loop.live == "paused" && !loop.isAsWanted, "\(loop)")
                #expect(loop.contacts?.total == 2 && loop.attempts == 0 && loop.activeCalls == 0, "\(loop)")
                #expect(rows.contains(StatusRow(campaign: "adopted", wanted: "active", live: StatusRow.missing)))

                let table = StatusRenderer.table(rows).split(separator: "\n")
                #expect(table.first?.hasPrefix("CAMPAIGN  WANTED  LIVE") == true)
                #expect(table.contains { $0.hasPrefix("loop") && $0.contains("paused (!)") }, "\(table)")
                let json = try JSONDecoder().decode(Document.self, from: Data(StatusRenderer.json(rows).utf8))
                #expect(json.format_version == 1)
                #expect(json.campaigns.first { $0.campaign == "loop" }?.contacts?.total == 2)
            }
        }
    }

    /// The JSON document as a script reads it.
    struct Document: Decodable {
        struct Row: Decodable {
            struct Counts: Decodable { var total: Int }
            var campaign: String
            var contacts: Counts?
        }

        var format_version: Int
        var campaigns: [Row]
    }
}
