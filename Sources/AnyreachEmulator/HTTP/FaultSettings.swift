/// Faults the emulator can inject, each off by default, so that clients can be tested against a
/// slow, failing, rate-limited service that sometimes loses the answer to a committed write.
public struct FaultSettings: Sendable, Equatable {
    /// Added to every API request: a fixed delay plus a uniform random jitter.
    public var latencyMilliseconds: Int
    public var jitterMilliseconds: Int
    /// Share of API requests answered 500 or 503 without being handled.
    public var errorRate: Double
    /// Requests per second allowed (token bucket); past it, 429 with `Retry-After`. Nil: no limit.
    public var rateLimitPerSecond: Double?
    /// Bucket size of the rate limit.
    public var rateLimitBurst: Int
    /// Share of writes (POST, PATCH, PUT, DELETE) that are committed but whose response is lost:
    /// the connection closes before the answer is complete.
    public var lostWriteRate: Double
    /// Makes the injected faults repeatable.
    public var seed: UInt64?

    public init(
        latencyMilliseconds: Int = 0, jitterMilliseconds: Int = 0, errorRate: Double = 0,
        rateLimitPerSecond: Double? = nil, rateLimitBurst: Int = 10, lostWriteRate: Double = 0, seed: UInt64? = nil
    ) {
        self.latencyMilliseconds = latencyMilliseconds
        self.jitterMilliseconds = jitterMilliseconds
        self.errorRate = errorRate
        self.rateLimitPerSecond = rateLimitPerSecond
        self.rateLimitBurst = rateLimitBurst
        self.lostWriteRate = lostWriteRate
        self.seed = seed
    }

    public var isActive: Bool {
        latencyMilliseconds > 0 || jitterMilliseconds > 0 || errorRate > 0 || rateLimitPerSecond != nil
            || lostWriteRate > 0
    }
}
