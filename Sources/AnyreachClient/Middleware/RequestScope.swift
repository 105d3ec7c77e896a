import Synchronization

/// Per-call state the middlewares share through task-locals.
enum ClientRequestScope {
    /// Counts attempts of the current call, for error messages.
    @TaskLocal static var attempts: AttemptCounter?
    /// False when sending the call twice could do its work twice (contacts with no `id` or
    /// `external_id` would be inserted again), so that only a 429, which promises nothing was
    /// done, is retried.
    @TaskLocal static var repeatable = true
}

final class AttemptCounter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
