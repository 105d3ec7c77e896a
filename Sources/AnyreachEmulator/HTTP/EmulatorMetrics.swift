import Synchronization

/// Requests counted by route and status, and the order they came in, for tests and benchmarks
/// (`GET /_emulator/metrics`, `GET /_emulator/requests`).
public final class EmulatorMetrics: Sendable {
    public struct Key: Hashable, Sendable, Codable {
        public var method: String
        public var route: String
        /// The HTTP status, or 0 for a write whose response was dropped by fault injection.
        public var status: Int
    }

    public struct LoggedRequest: Hashable, Sendable, Codable {
        public var method: String
        public var path: String
        public var status: Int
    }

    /// A request body as it arrived, for tests that check the exact bytes a client sends.
    public struct RecordedBody: Hashable, Sendable, Codable {
        public var operationID: String
        public var body: [UInt8]
    }

    private struct State {
        var counts: [Key: Int] = [:]
        var log: [LoggedRequest] = []
        var bodies: [RecordedBody] = []
    }

    /// Whether request bodies are kept (`EmulatorConfiguration.recordsBodies`); off by default,
    /// since a benchmark's bodies would fill the memory.
    let recordsBodies: Bool

    /// Enough for the largest test's request order; older entries are dropped first.
    static let logCapacity = 200_000
    private let state = Mutex(State())

    public init(recordsBodies: Bool = false) {
        self.recordsBodies = recordsBodies
    }

    func record(body: [UInt8], operationID: String) {
        guard recordsBodies else { return }
        state.withLock { $0.bodies.append(RecordedBody(operationID: operationID, body: body)) }
    }

    /// The bodies received, in order, when recording is on.
    public func bodies() -> [RecordedBody] { state.withLock { $0.bodies } }

    func record(method: String, route: String, path: String, status: Int) {
        state.withLock { state in
            state.counts[Key(method: method, route: route, status: status), default: 0] += 1
            if state.log.count >= Self.logCapacity { state.log.removeFirst(state.log.count / 2) }
            state.log.append(LoggedRequest(method: method, path: path, status: status))
        }
    }

    public func counts() -> [Key: Int] { state.withLock { $0.counts } }
    public func log() -> [LoggedRequest] { state.withLock { $0.log } }
    public func reset() { state.withLock { $0 = State() } }
}
