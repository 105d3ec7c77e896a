import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// The options every command that reads manifests shares.
struct ManifestOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Manifest files or directories (searched for *.yaml and *.yml).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Only environment variables with this prefix may be used as ${VAR} in manifests.")
    var envPrefix = "CAMPAIGNCTL_"

    @OptionGroup var environment: EnvironmentOption

    /// The environment `--env` chose, if any.
    func environmentDefinition() throws -> EnvironmentDefinition? {
        try environment.definition(paths: paths)
    }

    /// The loader, with the environment's values and overlays when `--env` chose one.
    var loader: ManifestLoader {
        get throws {
            let definition = try environmentDefinition()
            var interpolator = Interpolator(prefix: envPrefix, environment: ProcessInfo.processInfo.environment)
            interpolator.values = definition?.values ?? [:]
            var loader = ManifestLoader(interpolator: interpolator)
            loader.environment = definition?.name
            return loader
        }
    }

    /// Every diagnostic and, when there is no error, the desired state; `strict` as in
    /// `validate --strict`.
    func load(strict: Bool = false) throws -> ManifestLoadResult {
        var loader = try loader
        loader.strict = strict
        return loader.load(paths: paths)
    }

    /// The desired state, or exit 1 after printing every diagnostic: nothing is planned from a
    /// partial picture.
    func desiredState() throws -> DesiredState {
        try desiredState(from: load())
    }

    /// `desiredState()` of a load already made.
    func desiredState(from result: ManifestLoadResult) throws -> DesiredState {
        Console.report(result.diagnostics)
        guard let state = result.state else {
            Console.report([.error(.noPlan, "the manifests have \(result.errors.count) error(s); nothing was planned")])
            throw ExitCode(1)
        }
        return state
    }
}

/// `--format` of commands that print a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
