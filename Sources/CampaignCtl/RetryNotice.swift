import AnyreachClient
import Synchronization

/// Says on stderr that campaignctl is waiting for the API, and for how long at most: once when
/// a wait starts and at most every 10 seconds while it lasts, not once per request.
final class RetryNotice: Sendable {
    static let shared = RetryNotice()

    private let lastSaid = Mutex<ContinuousClock.Instant?>(nil)

    @Sendable func say(_ wait: RetryWait) {
        let now = ContinuousClock.now
        let due = lastSaid.withLock { last in
            guard last.map({ $0.duration(to: now) >= .seconds(10) }) ?? true else { return false }
            last = now
            return true
        }
        guard due else { return }
        Console.status(
            "waiting for the API: \(wait.method) \(wait.path): \(wait.reason); trying again for up to \(wait.remaining.components.seconds)s (--retry-budget)"
        )
    }
}
