import ArgumentParser
import CampaignManifest
import Foundation

/// The options every command that reads manifests shares.
struct ManifestOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Manifest files or directories (searched for *.yaml and *.yml).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Only environment variables with this prefix may be used as ${VAR} in manifests.")
    var envPrefix = "CAMPAIGNCTL_"

    func load() -> ManifestLoadResult {
        let interpolator = Interpolator(prefix: envPrefix, environment: ProcessInfo.processInfo.environment)
        return ManifestLoader(interpolator: interpolator).load(paths: paths)
    }
}

/// `--format` of commands that print a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
