/// How failed requests are retried: exponential backoff with full jitter, `Retry-After`
/// honoured, bounded in attempts and in total time.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// No retry starts once this much time has passed since the first attempt.
    public var totalBudget: Duration

    public init(
        maxAttempts: Int = 8, baseDelay: Duration = .milliseconds(100), maxDelay: Duration = .seconds(10),
        totalBudget: Duration = .seconds(120)
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.totalBudget = totalBudget
    }

    /// Statuses worth another try: rate limits and passing gateway or server unavailability.
    /// 500 is here too: the contract lists it with 502 and 503 as a server fault with any body,
    /// and repeating a read or an idempotent write after one is safe; a 500 that persists only
    /// costs the bounded attempts. Creates never repeat on their own (see `RetryMiddleware`).
    public static let retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]

    /// The wait before attempt `attempt + 1` (attempt counts from 1): a uniform draw from zero to
    /// the exponential bound, but never less than the server's `Retry-After`.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, random: Double) -> Duration {
        let exponent = min(attempt - 1, 20)
        let bound = min(maxDelay, baseDelay * (1 << exponent))
        let jittered = bound * max(0, min(1, random))
        guard let retryAfter else { return jittered }
        return max(retryAfter, jittered)
    }
}
