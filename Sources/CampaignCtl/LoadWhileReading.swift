import AnyreachClient
import CampaignManifest
import CampaignSync
import Foundation

/// Loads the manifests on a thread of their own while the connection opens and the start of the
/// org's contacts is read (`ContactReadAhead`), then hands the body the desired state and those
/// pages. The manifests' errors still come first: the body runs only on a clean load, and a
/// connection that fails before it waits for the load and reports its errors ahead of its own.
///
/// What can't wait is a read of the org (GETs, by the campaign keys the YAML holds) before the
/// manifests are checked. The embedded emulator is left out: opening it creates its database,
/// which a plan of broken manifests must not do, and a server in the same process has no round
/// trips to hide.
struct LoadWhileReading {
    let manifests: ManifestOptions
    /// False: load, then connect, as commands did before (`--emulator`).
    var overlapping = true
    /// `--target`: only the targeted campaigns' contacts are read ahead.
    var targets: [ResourceTarget] = []

    func run<T>(
        connecting provider: () throws -> any ConnectionProvider,
        _ body: (OpenConnection, DesiredState, ContactReadAhead) async throws -> T
    ) async throws -> T {
        guard overlapping else {
            let desired = try manifests.desiredState()
            return try await provider().withConnection { try await body($0, desired, ContactReadAhead()) }
        }
        let (keys, keysFound) = AsyncStream.makeStream(of: [String].self, bufferingPolicy: .bufferingNewest(1))
        var loader = try manifests.loader
        loader.onCampaignKeys = { keysFound.yield($0) }
        let paths = manifests.paths
        let loading = Self.onItsOwnThread { [loader] in
            defer { keysFound.finish() }
            return loader.load(paths: paths)
        }
        var bodyStarted = false
        do {
            return try await provider().withConnection { connection in
                bodyStarted = true
                return try await readAhead(on: connection, keys, while: loading, body)
            }
        } catch let error where !bodyStarted {
            _ = try manifests.desiredState(from: await loading.value)
            throw error
        }
    }

    /// Reads ahead by the keys the load tells, then runs `body` once the load is clean; no read
    /// ahead outlives it.
    private func readAhead<T>(
        on connection: OpenConnection, _ keys: AsyncStream<[String]>, while loading: Task<ManifestLoadResult, Never>,
        _ body: (OpenConnection, DesiredState, ContactReadAhead) async throws -> T
    ) async throws -> T {
        let starting = Task { [targets] in await Self.readAhead(connection.client, keys, targets) }
        let desired: DesiredState
        do {
            desired = try manifests.desiredState(from: await loading.value)
        } catch {
            await starting.value.finish()
            throw error
        }
        // The keys came before the load ended, so the reads have all started by now.
        let ahead = await starting.value
        do {
            let value = try await body(connection, desired, ahead)
            await ahead.finish()
            return value
        } catch {
            await ahead.finish()
            throw error
        }
    }

    private static func readAhead(
        _ client: AnyreachClient, _ keys: AsyncStream<[String]>, _ targets: [ResourceTarget]
    ) async -> ContactReadAhead {
        for await found in keys where !found.isEmpty {
            return ContactReadAhead(client, campaigns: found, targets: targets)
        }
        return ContactReadAhead()
    }

    /// Loading is a few seconds of CPU at a million contacts: a thread of its own keeps it off
    /// the concurrency pool, which has one thread a core and reads the pages meanwhile.
    private static func onItsOwnThread(_ work: @escaping @Sendable () -> ManifestLoadResult) -> Task<
        ManifestLoadResult, Never
    > {
        Task {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: work()) }.start()
            }
        }
    }
}
