import Hummingbird
import Logging
import ServiceLifecycle

/// An emulator running in this process on a loopback port: what tests and `--emulator` use.
public final class RunningEmulator: Sendable {
    public let port: Int
    public let metrics: EmulatorMetrics
    /// The state behind the API, for tests that must set up what no route can (see `start(_:store:)`).
    let store: EmulatorStore
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    private init(
        port: Int, metrics: EmulatorMetrics, store: EmulatorStore, group: ServiceGroup, task: Task<Void, any Error>
    ) {
        self.port = port
        self.metrics = metrics
        self.store = store
        self.group = group
        self.task = task
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts the emulator and returns once it accepts connections.
    public static func start(_ configuration: EmulatorConfiguration) async throws -> RunningEmulator {
        try await start(configuration, store: EmulatorStore(storage: configuration.storage))
    }

    /// Starts the emulator over a store the caller made (tests: a store with a controlled clock).
    static func start(_ configuration: EmulatorConfiguration, store: EmulatorStore) async throws -> RunningEmulator {
        let metrics = EmulatorMetrics(recordsBodies: configuration.recordsBodies)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try EmulatorApp.buildApplication(configuration: configuration, store: store, metrics: metrics) {
            port in
            continuation.yield(port)
            continuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "anyreach-emulator")))
        let task = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw EmulatorStartError()
        }
        return RunningEmulator(port: port, metrics: metrics, store: store, group: group, task: task)
    }

    /// Stops accepting requests, lets those in flight finish, and waits for shutdown.
    public func stop() async {
        await group.triggerGracefulShutdown()
        _ = try? await task.value
    }
}

struct EmulatorStartError: Error, CustomStringConvertible {
    var description: String { "the emulator stopped before it accepted connections" }
}
