import AnyreachAPI
import AnyreachModel
import AnyreachClient
import AnyreachEmulator
import ArgumentParser
import Foundation

/// How to reach the API: flags override `ANYREACH_API_URL`, `ANYREACH_TOKEN` and `ANYREACH_ORG`;
/// `--emulator` starts the project's emulator in this process instead.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("API base URL (default: ANYREACH_API_URL, else https://api.anyreach.ai).", valueName: "url"))
    var apiURL: String?

    @Option(help: ArgumentHelp("File holding the credential (default: the ANYREACH_TOKEN variable).", valueName: "path"))
    var tokenFile: String?

    @Option(help: ArgumentHelp("Org for pat_ tokens, sent as X-Anyreach-Org (default: ANYREACH_ORG).", valueName: "org_id"))
    var org: String?

    @Option(help: "Requests in flight at most (lowered automatically while the API rate-limits).")
    var parallelism = 8

    // `.next`: only the argument right after a bare `--emulator` may be its value, as before.
    // The help shows the default as "(default as flag: …)".
    @Option(defaultAsFlag: EmulatorDatabase.standard, parsing: .next,
            help: ArgumentHelp("Use the embedded emulator, keeping its state in DB.", valueName: "db"))
    var emulator: EmulatorDatabase?

    /// A client for the options, and the embedded emulator when one was started.
    func connect() async throws -> Connection {
        guard let database = emulator?.path else {
            let settings = try ConnectionSettings.resolve(apiURL: apiURL, tokenFile: tokenFile, org: org, parallelism: parallelism,
                                                          environment: ProcessInfo.processInfo.environment)
            return Connection(client: AnyreachClient(settings: settings), settings: settings, emulator: nil)
        }
        let running = try await EmbeddedEmulator.start(database: database)
        let settings = ConnectionSettings(baseURL: URL(string: running.baseURL)!, token: SecretToken(CredentialStore.localToken),
                                          parallelism: parallelism)
        return Connection(client: AnyreachClient(settings: settings), settings: settings, emulator: running)
    }
}

/// An open connection; `close()` shuts the client and any embedded emulator down.
struct Connection {
    let client: AnyreachClient
    let settings: ConnectionSettings
    let emulator: RunningEmulator?

    /// The API URL as shown in plans: scheme, host and port, never user info.
    var displayURL: String {
        var components = URLComponents(url: settings.baseURL, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        return components?.string ?? settings.baseURL.absoluteString
    }

    func close() async {
        await client.shutdown()
        await emulator?.stop()
    }
}

/// Starts the project's emulator on a loopback port with its state in a SQLite file, so that
/// plan, apply and drift see the same org across runs.
enum EmbeddedEmulator {
    static func start(database: String) async throws -> RunningEmulator {
        let directory = (database as NSString).deletingLastPathComponent
        // The emulator's database holds the contacts applied to it: its directory is owner-only.
        if !directory.isEmpty { try PrivateFile.createDirectories(directory) }
        let running = try await RunningEmulator.start(EmulatorConfiguration(storage: .file(path: database)))
        printError("using the embedded Anyreach emulator at \(running.baseURL) (state in \(database); no credentials needed)")
        return running
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
