import Synchronization

/// What the client sent: requests and retries by status, for reports and benchmarks.
public final class ClientMetrics: Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var requests = 0
        public var retries = 0
        /// Answers by status; 0 counts attempts that got no answer.
        public var byStatus: [Int: Int] = [:]
        public var rateLimited: Int { byStatus[429] ?? 0 }
    }

    private let state = Mutex(Snapshot())

    public init() {}

    func recordAttempt(status: Int?, isRetry: Bool) {
        state.withLock { snapshot in
            snapshot.requests += 1
            if isRetry { snapshot.retries += 1 }
            snapshot.byStatus[status ?? 0, default: 0] += 1
        }
    }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
