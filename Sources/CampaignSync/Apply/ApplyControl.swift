import Synchronization

/// Shared switches of a running apply: an interruption (Ctrl-C, SIGTERM) stops new operations
/// from starting while those in flight finish.
public final class ApplyControl: Sendable {
    private let interrupted = Atomic<Bool>(false)

    public init() {}

    public func interrupt() { interrupted.store(true, ordering: .relaxed) }
    public var isInterrupted: Bool { interrupted.load(ordering: .relaxed) }
}
