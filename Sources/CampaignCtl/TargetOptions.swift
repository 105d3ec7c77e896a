import ArgumentParser
import CampaignSync

/// `--target KIND/KEY`, shared by plan, apply, drift and export.
struct TargetOptions: ParsableArguments {
    @Option(
        name: .customLong("target"), parsing: .singleValue,
        help: ArgumentHelp(
            "Only this resource and what it depends on (repeatable): configuration/KEY, campaign/KEY (with its contacts), contacts/KEY, adhoc or concurrency; KEY is an external_id or a UUID, and may be a glob (campaign/spring-*).",
            valueName: "kind/key"),
        transform: Self.parse)
    var targets: [ResourceTarget] = []

    static func parse(_ text: String) throws -> ResourceTarget {
        do {
            return try ResourceTarget(parsing: text)
        } catch {
            throw ValidationError(error.reason)
        }
    }
}
