import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync

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

    func run() async throws {
        JSONDocument.promise(format == .json)
        let desired = try manifests.desiredState()
        let rows = try await connection.provider(for: manifests.environmentDefinition()).withConnection { connection in
            try await StatusRow.rows(for: desired, client: connection.client)
        }
        switch format {
        case .text: print(StatusRenderer.table(rows))
        case .json: JSONDocument.write(StatusRenderer.json(rows))
        }
    }
}
