import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Synchronization
import Testing

/// `withConnection` closes what it opened on every path: a body that returns, one that throws,
/// and one cancelled mid-request; a server started for the run is stopped with it.
@Suite struct ConnectionLifecycleTests {
    struct BodyFailed: Error, Equatable {}

    @Test func aBodyThatReturnsGetsItsValueAndTheConnectionIsClosed() async throws {
        try await SessionRig.withEmulator { emulator in
            let connections = EmulatorConnections(emulator)
            let campaigns = try await connections.withConnection { try await $0.client.listAllCampaigns() }
            #expect(campaigns.isEmpty)
            #expect(connections.opened == 1 && connections.closed == 1)
        }
    }

    @Test func aBodyThatThrowsClosesTheConnectionAndStopsTheServer() async throws {
        let server = ServerPerConnection()
        await #expect(throws: BodyFailed()) {
            try await server.withConnection { connection in
                _ = try await connection.client.listAllCampaigns()
                throw BodyFailed()
            }
        }
        #expect(server.stopped == 1)
        try await expectGone(server.lastURL)
    }

    @Test func aCancelledBodyClosesTheConnectionAndStopsTheServer() async throws {
        let server = ServerPerConnection()
        let (waiting, signal) = AsyncStream.makeStream(of: Void.self)
        let task = Task {
            try await server.withConnection { connection in
                _ = try await connection.client.listAllCampaigns()
                signal.yield()
                try await Task.sleep(for: .seconds(600))
            }
        }
        for await _ in waiting { break }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(server.stopped == 1)
        try await expectGone(server.lastURL)
    }

    /// A server that stopped refuses connections: one attempt, and it fails.
    private func expectGone(_ url: String?) async throws {
        let url = try #require(url)
        let client = AnyreachClient(settings: SessionRig.settings(url, attempts: 1))
        await #expect(throws: (any Error).self) { _ = try await client.listAllCampaigns() }
        await client.shutdown()
    }
}

/// Starts an emulator for each connection and stops it on close, as the CLI's embedded one does.
final class ServerPerConnection: ConnectionProvider {
    private let state = Mutex((url: String?.none, stopped: 0))

    var lastURL: String? { state.withLock { $0.url } }
    var stopped: Int { state.withLock { $0.stopped } }

    func open() async throws -> OpenConnection {
        let running = try await RunningEmulator.start(EmulatorConfiguration())
        state.withLock { $0.url = running.baseURL }
        return OpenConnection(settings: SessionRig.settings(running.baseURL), isEphemeral: true) {
            await running.stop()
            self.state.withLock { $0.stopped += 1 }
        }
    }
}
