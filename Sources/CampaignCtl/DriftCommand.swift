import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl drift`: read-only; what changed in the org behind the repository's back.
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report how the org departs from the manifests (read-only).",
        discussion: """
            Each difference is classified: changed live (the org differs from the manifest), missing live, or unmanaged live (exists only in the org). Contact statuses and attempts are the dialer's and never drift. Sensitive values are masked unless --show-sensitive. Exit codes: 0 in sync, 2 drifted, 1 error.

            Example:
              campaignctl drift --format markdown manifests/
            """)

    @OptionGroup var manifests: ManifestOptions
    @OptionGroup var connection: ConnectionOptions

    @Option(help: "text, json or markdown.")
    var format: PlanFormat = .text

    @Flag(help: "Show phone numbers and contact data instead of masking them.")
    var showSensitive = false

    @OptionGroup var target: TargetOptions

    func run() async throws {
        JSONDocument.promise(format == .json)
        let desired = try manifests.desiredState().pruningEverything
        // Drift plans only to classify differences, never to apply: the mass-delete guard is moot.
        let plan = try await connection.provider(for: manifests.environmentDefinition()).withConnection { connection in
            try await connection.planOrExit(
                desired,
                PlanChoices(
                    allowMassDelete: true, allowContactOverlap: true, isDriftOnly: true, targets: target.targets,
                    environment: manifests.environment.name))
        }
        let report = DriftClassifier.report(for: plan)
        let renderer = DriftRenderer(
            masking: Masking(showSensitive: showSensitive), color: Terminal.standardOutput.isColorful)
        switch format {
        case .text: print(renderer.text(report), terminator: "")
        case .json: JSONDocument.write(renderer.json(report))
        case .markdown: print(renderer.markdown(report), terminator: "")
        }
        if !report.inSync { throw ExitCode(2) }
    }
}
