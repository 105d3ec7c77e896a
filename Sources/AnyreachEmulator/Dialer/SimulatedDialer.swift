import GRDB

/// What one tick changed, counted by transition; tests read it, `run()` ignores it.
public struct DialerTickReport: Sendable, Equatable {
    /// `pending` → `locked`.
    public var claimed = 0
    /// `locked` → `in_progress`, each with a new attempt.
    public var started = 0
    /// Calls that ended with the contact `completed`.
    public var completed = 0
    /// Calls that ended with the contact back to `pending` for a retry.
    public var retried = 0
    /// Calls that ended with the contact `exhausted`.
    public var exhausted = 0

    public init() {}

    /// Calls that ended this tick, whatever their outcome.
    public var ended: Int { completed + retried + exhausted }
}

/// A stand-in for Anyreach's dialer (§9): moves contacts of active campaigns through
/// `pending` → `locked` → `in_progress` → `completed` / `pending` (retry) / `exhausted`.
///
/// Each tick is one write transaction over every org, so API requests see a tick entirely or
/// not at all, and a pause answered before a tick starts stops that tick's claims.
public struct SimulatedDialer: Sendable {
    let store: EmulatorStore
    let settings: DialerSettings

    public init(store: EmulatorStore, settings: DialerSettings) {
        self.store = store
        self.settings = settings
    }

    /// Loops until the task is cancelled, calling `tick` every `tickInterval`; never throws on a
    /// single tick's DB error (log-free: just continue).
    ///
    /// When the dialer is disabled it only waits for cancellation, so it can sit in a service
    /// group either way without ending the group early.
    public func run() async {
        guard settings.enabled else { return await Self.waitForCancellation() }
        while !Task.isCancelled {
            // A failed tick (say, a busy database) leaves nothing half done: the next tick redoes it.
            _ = try? await tick(now: store.clock.nowSeconds())
            try? await Task.sleep(for: settings.tickInterval)
        }
    }

    /// One step of the simulation at `now` (epoch seconds): finishes due calls, moves
    /// locked → in_progress, claims new contacts. Returns what changed (counts) for tests.
    ///
    /// Works whether or not `settings.enabled` is set, so tests can drive time by hand.
    @discardableResult
    public func tick(now: Int64) async throws -> DialerTickReport {
        try await store.write { db in
            var report = DialerTickReport()
            for org in try Self.orgs(db) {
                try DialerPass(db: db, org: org, now: now, settings: settings, clock: store.clock).run(into: &report)
            }
            return report
        }
    }

    /// Every org that has contacts. Read from `contact_bucket`, whose rows group contacts by
    /// (org, campaign, bucket): far fewer rows to scan than `contact` itself.
    static func orgs(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT DISTINCT org FROM contact_bucket WHERE n > 0 ORDER BY org")
    }

    private static func waitForCancellation() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(3600))
        }
    }
}
