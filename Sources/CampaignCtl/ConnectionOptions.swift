import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// How to reach the API: flags override `ANYREACH_API_URL`, `ANYREACH_TOKEN` and `ANYREACH_ORG`;
/// `--emulator` starts the project's emulator in this process instead.
struct ConnectionOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).",
            valueName: "url"))
    var apiURL: String?

    @Option(
        help: ArgumentHelp(
            "File holding the credential (default: the ANYREACH_TOKEN variable).",
            valueName: "path"))
    var tokenFile: String?

    @Option(
        help: ArgumentHelp(
            "Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).",
            valueName: "org_id"))
    var org: String?

    @Option(help: "Requests in flight at most (lowered automatically while the API rate-limits).")
    var parallelism = 8

    @Option(help: "How long a request the API didn't answer (or answered 429 or 5xx) is tried again: 30s, 2m.")
    var retryBudget = DurationArgument(duration: .seconds(90))

    // `.next`: only the argument right after a bare `--emulator` may be its value, as before.
    // The help shows the default as "(default as flag: …)".
    @Option(
        defaultAsFlag: EmulatorDatabase.standard, parsing: .next,
        help: ArgumentHelp("Use the embedded emulator, keeping its state in DB.", valueName: "db"))
    var emulator: EmulatorDatabase?

    /// The embedded emulator when `--emulator` was given, else the API the flags and environment name.
    var provider: any ConnectionProvider {
        get throws { try provider(for: nil) }
    }

    /// The same, for an environment (`--env`): its API URL, org and credential where the flags
    /// name none. The embedded emulator takes only the environment's values and overlays.
    func provider(for environment: EnvironmentDefinition?) throws -> any ConnectionProvider {
        let retry = RetryPolicy(totalBudget: retryBudget.duration, onWait: RetryNotice.shared.say)
        if let emulator { return EmbeddedEmulator(database: emulator.path, parallelism: parallelism, retry: retry) }
        let process = ProcessInfo.processInfo.environment
        return RemoteAPI(
            apiURL: apiURL, tokenFile: tokenFile ?? environment?.tokenFile, org: org, parallelism: parallelism,
            retry: retry,
            environment: try environment.map {
                try EnvironmentConnection(definition: $0, process: process).environment()
            }
                ?? process)
    }
}

/// The value of `--emulator[=DB]`. What can't be a database file (a directory, a path ending in
/// `/`, a YAML file) is not taken as one: after a bare `--emulator` it is the manifest path that
/// follows, so `plan --emulator examples/` reads `examples/` with the default database.
struct EmulatorDatabase: ExpressibleByArgument, CustomStringConvertible {
    static let standard = EmulatorDatabase(path: ".campaignctl/emulator.sqlite")

    let path: String

    init(path: String) { self.path = path }

    init?(argument: String) {
        guard Self.canBeDatabase(argument) else { return nil }
        path = argument
    }

    var description: String { path }

    static func canBeDatabase(_ argument: String) -> Bool {
        let lowercased = argument.lowercased()
        let isManifestPath = argument.hasSuffix("/") || lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml")
        guard !argument.isEmpty, !isManifestPath else { return false }
        var isDirectory: ObjCBool = false
        return !(FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
