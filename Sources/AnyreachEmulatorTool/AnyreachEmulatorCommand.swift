import AnyreachEmulator
import AnyreachModel
import ArgumentParser
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

/// `anyreach-emulator`: the project's emulator of the Anyreach `/campaign` API as a server.
@main
struct AnyreachEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anyreach-emulator",
        abstract: "Serve an emulator of the Anyreach /campaign API on a local port.",
        discussion: """
            State lives in SQLite: --db keeps it in a file across restarts; without it, in memory. Without --credential or --credentials-file, one key is accepted: ak_local.emulator, with every scope, in org org_local. Tokens are never logged.

            Example:
              anyreach-emulator --port 8080 --db /tmp/org.sqlite --latency-ms 50 --error-rate 0.3
            """,
        version: Versions.line("anyreach-emulator"))

    @Option(help: "Address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one and prints it.")
    var port = 8080

    @Option(help: "SQLite file holding the state; it survives restarts.")
    var db: String?

    @OptionGroup(title: "Authentication")
    var auth: AuthOptions

    @OptionGroup(title: "Simulated dialer")
    var dialer: DialerOptions

    @OptionGroup(title: "Fault injection")
    var faults: FaultOptions

    func run() async throws {
        MallocTuning.apply(MallocTuning.server, environment: ProcessInfo.processInfo.environment)
        let configuration = EmulatorConfiguration(
            host: host, port: port, storage: db.map { .file(path: $0) } ?? .inMemory,
            credentials: try auth.credentialStore(), dialer: dialer.settings, faults: faults.settings)
        let app = try EmulatorApp.buildApplication(configuration: configuration) { port in
            // One line a wrapper script can wait for; written unbuffered so it arrives at once.
            FileHandle.standardOutput.write(Data("anyreach-emulator listening on http://\(host):\(port)\n".utf8))
        }
        let logger = Logger(label: "anyreach-emulator")
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
