import ArgumentParser
import CampaignManifest

/// `--env NAME`: one repository, several orgs (`docs/environments.md`).
struct EnvironmentOption: ParsableArguments {
    @Option(
        name: .customLong("env"),
        help: ArgumentHelp(
            "The environment: environments/NAME.yaml names its API URL, org, credential and ${VALUES}, and STEM.NAME.yaml files overlay STEM.yaml.",
            valueName: "name"))
    var name: String?

    /// The definition of the environment chosen, looked up from `paths` (nil without `--env`);
    /// an unknown or malformed one ends the command with its diagnostics.
    func definition(paths: [String]) throws -> EnvironmentDefinition? {
        guard let name else { return nil }
        return try EnvironmentCatalog.find(paths: paths).definition(named: name).get()
    }
}
