import Synchronization

/// Per-call state the middlewares share through task-locals.
enum ClientRequestScope {
    /// A body to send instead of the generated one: PATCH bodies and upsert items must keep
    /// absent and `null` apart, which the generated input structs can't (§10 of the contract).
    @TaskLocal static var rawBody: [UInt8]?
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
