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

            With --strict, a campaign whose configuration no manifest defines is an error rather than a warning, unless a manifest lists that configuration in live_configurations (one that exists only in the live org). Use it in CI, where a misspelt configuration should stop the pull request.

            Example:
              campaignctl validate examples/
              campaignctl validate --strict manifests/
              campaignctl validate --format json campaigns/spring.yaml
            """)

    @OptionGroup var manifests: ManifestOptions

    @Option(help: "text (diagnostics on stderr, summary on stdout) or json (one document on stdout).")
    var format: ReportFormat = .text

    @Flag(
        help:
            "Make a campaign's configuration that no manifest defines an error, unless live_configurations lists it.")
    var strict = false

    func run() throws {
        let result = try manifests.load(strict: strict)
        switch format {
        case .text: ValidationReport.printText(result, terminal: Terminal.standardError)
        case .json: print(ValidationReport.json(result))
        }
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}
