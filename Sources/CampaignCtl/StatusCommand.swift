import AnyreachAPI
import AnyreachModel
import AnyreachClient
import ArgumentParser
import CampaignManifest
import Foundation

/// `campaignctl status`: each managed campaign's live status and numbers next to the manifest's.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each managed campaign's live status and stats next to what the manifests want.",
        discussion: """
            Example:
              campaignctl status --emulator examples/
              campaignctl status --format json manifests/
            """)

    @OptionGroup var manifests: ManifestOptions
    @OptionGroup var connection: ConnectionOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    struct Row: Encodable {
        var campaign: String
        var wanted: String
        var live: String
        var contacts: Components.Schemas.ContactCounts?
        var attempts: Int?
        var activeCalls: Int?

        enum CodingKeys: String, CodingKey {
            case campaign, wanted, live, contacts, attempts, activeCalls = "active_calls"
        }
    }

    func run() async throws {
        let desired = try PlanPipeline(manifests: manifests, connection: connection, allowMassDelete: false).loadManifests()
        let open = try await connection.connect()
        let rows: [Row]
        do {
            rows = try await self.rows(desired, open.client)
        } catch {
            await open.close()
            throw error
        }
        await open.close()
        switch format {
        case .text: print(table(rows))
        case .json: print(jsonText(rows))
        }
    }

    private func rows(_ desired: DesiredState, _ client: AnyreachClient) async throws -> [Row] {
        let live = try await client.listAllCampaigns()
        var rows: [Row] = []
        for spec in desired.campaigns {
            guard let campaign = live.first(where: { $0.externalId == spec.externalID }) else {
                rows.append(Row(campaign: spec.externalID, wanted: spec.status.rawValue, live: "missing"))
                continue
            }
            let stats = try await client.campaignStats(campaign.id)
            rows.append(Row(campaign: spec.externalID, wanted: spec.status.rawValue, live: campaign.status.rawValue,
                            contacts: stats.contacts, attempts: stats.attempts.total, activeCalls: stats.activeCalls))
        }
        return rows
    }

    private func table(_ rows: [Row]) -> String {
        let header = ["CAMPAIGN", "WANTED", "LIVE", "CONTACTS", "PENDING", "IN PROGRESS", "COMPLETED", "EXHAUSTED", "ATTEMPTS", "ACTIVE CALLS"]
        let body = rows.map { row in
            [row.campaign, row.wanted, row.live + (row.live == row.wanted ? "" : " (!)")]
                + [row.contacts?.total, row.contacts?.pending, row.contacts?.inProgress, row.contacts?.completed, row.contacts?.exhausted,
                   row.attempts, row.activeCalls].map { $0.map(String.init) ?? "-" }
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        return ([header] + body).map { cells in
            cells.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    private func jsonText(_ rows: [Row]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(StatusDocument(campaigns: rows))) ?? Data(), as: UTF8.self)
    }

    struct StatusDocument: Encodable {
        var formatVersion = 1
        var campaigns: [Row]
        enum CodingKeys: String, CodingKey { case formatVersion = "format_version", campaigns }
    }
}
