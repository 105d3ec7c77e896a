import AnyreachModel
import ArgumentParser
import CampaignManifest
import Foundation

/// `campaignctl validate`: every offline check of the manifests, with located diagnostics.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check manifests offline: syntax, keys, types, ranges, references, phone numbers.",
        discussion: """
            Prints each problem as file:line:col: error: message and exits 1 if there is any error (0 when there are only warnings). Nothing is sent anywhere.

            Example:
              campaignctl validate examples/
              campaignctl validate --format json campaigns/spring.yaml
            """)

    @OptionGroup var manifests: ManifestOptions

    @Option(help: "text (diagnostics on stderr, summary on stdout) or json (one document on stdout).")
    var format: ReportFormat = .text

    func run() throws {
        let result = manifests.load()
        switch format {
        case .text: ValidationReport.printText(result, terminal: Terminal.standardError)
        case .json: print(ValidationReport.json(result))
        }
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}
