import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation

/// The project's emulator started in this process on a loopback port, its state in a SQLite
/// file so that plan, apply and drift see the same org across runs. The library never imports
/// the emulator; it sees only a connection that stops the server when closed.
struct EmbeddedEmulator: ConnectionProvider {
    let database: String
    let parallelism: Int
    let retry: RetryPolicy

    func open() async throws -> OpenConnection {
        let directory = (database as NSString).deletingLastPathComponent
        // The emulator's database holds the contacts applied to it: its directory is owner-only.
        if !directory.isEmpty { try PrivateFile.createDirectories(directory) }
        let running = try await RunningEmulator.start(EmulatorConfiguration(storage: .file(path: database)))
        Console.status(
            "using the embedded Anyreach emulator at \(running.baseURL) "
                + "(state in \(database); no credentials needed)")
        let settings = ConnectionSettings(
            baseURL: URL(string: running.baseURL)!,
            token: SecretToken(CredentialStore.localToken), parallelism: parallelism, retry: retry)
        return OpenConnection(settings: settings, isEphemeral: true) { await running.stop() }
    }
}
