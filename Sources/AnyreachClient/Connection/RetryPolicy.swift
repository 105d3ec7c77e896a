/// How failed requests are retried: exponential backoff with full jitter, `Retry-After`
/// honoured, bounded in attempts and in total time.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// No retry starts once this much time has passed since the first attempt.
    public var totalBudget: Duration

    /// What is said while the API doesn't answer, so a CI log shows the wait (nil: nothing).
    public var onWait: (@Sendable (RetryWait) -> Void)?

    /// The default spends the time budget, however many attempts that takes: an API away for a
    /// few seconds (a deploy, a load balancer failing over) is ridden out, not reported.
    public init(
        maxAttempts: Int = .max, baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(5),
        totalBudget: Duration = .seconds(90), onWait: (@Sendable (RetryWait) -> Void)? = nil
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.totalBudget = totalBudget
        self.onWait = onWait
    }

    public static func == (lhs: RetryPolicy, rhs: RetryPolicy) -> Bool {
        (lhs.maxAttempts, lhs.baseDelay, lhs.maxDelay, lhs.totalBudget)
            == (rhs.maxAttempts, rhs.baseDelay, rhs.maxDelay, rhs.totalBudget)
    }

    /// Statuses worth another try: rate limits and passing gateway or server unavailability.
    /// 500 is here too: the contract lists it with 502 and 503 as a server fault with any body,
    /// and repeating a read or an idempotent write after one is safe; a 500 that persists only
    /// costs the bounded attempts. Creates never repeat on their own (see `RetryMiddleware`).
    public static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    /// The wait before attempt `attempt + 1` (attempt counts from 1): between half the
    /// exponential bound and the bound ("equal jitter", so that attempts can't bunch up at the
    /// start of an outage), but never less than the server's `Retry-After`.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, random: Double) -> Duration {
        let exponent = min(attempt - 1, 20)
        let bound = min(maxDelay, baseDelay * (1 << exponent))
        let jittered = bound / 2 + (bound / 2) * max(0, min(1, random))
        guard let retryAfter else { return jittered }
        return max(retryAfter, jittered)
    }
}

/// A request that will be tried again: what happened, and how long the client keeps trying.
public struct RetryWait: Sendable {
    public var method: String
    public var path: String
    /// `no answer (connection refused)`, `503`.
    public var reason: String
    public var attempt: Int
    /// Time left of the budget when the wait began.
    public var remaining: Duration
}
