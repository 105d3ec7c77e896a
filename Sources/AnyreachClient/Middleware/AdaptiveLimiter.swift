/// One shared limit on requests in flight, adapted to the API: halved while 429s arrive
/// (multiplicative decrease), raised by one per window of successes as they stop (additive
/// increase), never above the configured parallelism.
actor AdaptiveLimiter {
    private let maximum: Int
    private var limit: Double
    private var inFlight = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var lastDecrease = ContinuousClock.now - .seconds(60)

    init(maximum: Int) {
        self.maximum = max(1, maximum)
        limit = Double(self.maximum)
    }

    /// The limit now, for progress lines and tests.
    var currentLimit: Int { Int(limit) }

    func acquire() async {
        if inFlight < Int(limit) {
            inFlight += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Releases a slot; `rateLimited` says the answer was a 429.
    func release(rateLimited: Bool) {
        inFlight -= 1
        if rateLimited {
            decrease()
        } else {
            limit = min(Double(maximum), limit + 1 / limit)
        }
        wakeWaiters()
    }

    /// One decrease per burst: 429s that arrive together are one signal, not several.
    private func decrease() {
        let now = ContinuousClock.now
        guard lastDecrease.duration(to: now) > .milliseconds(200) else { return }
        lastDecrease = now
        limit = max(1, limit / 2)
    }

    private func wakeWaiters() {
        while inFlight < Int(limit), !waiters.isEmpty {
            inFlight += 1
            waiters.removeFirst().resume()
        }
    }
}
