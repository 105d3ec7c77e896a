import AnyreachAPI
import AnyreachModel
import GRDB
public import ScheduleRules

/// The emulator's state and every operation of the contract on it, one org at a time.
///
/// Operations take values and throw `APIError`; the HTTP layer only maps requests onto them. Each
/// write runs in one SQLite transaction, which makes every request all-or-nothing.
public final class EmulatorStore: Sendable {
    let writer: any DatabaseWriter
    let clock: EmulatorClock
    let timezones: TimezoneDatabase

    public init(storage: EmulatorStorage, clock: EmulatorClock = EmulatorClock(), timezones: TimezoneDatabase = .system)
        throws
    {
        self.writer = try EmulatorDatabase.open(storage)
        self.clock = clock
        self.timezones = timezones
    }

    /// Runs a read, mapping database failures to a 500 that names no data.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(body)
    }

    /// Runs a write transaction.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
        try await writer.write(body)
    }
}

extension EmulatorStore {
    /// Every known IANA identifier, sorted.
    public func timezoneIdentifiers() -> [String] {
        timezones.sorted
    }

    /// The org's concurrency limit and its calls in flight (§7).
    func concurrency(org: String) async throws -> (limit: Int, activeCalls: Int) {
        try await read { db in
            (try Self.concurrencyLimit(db, org: org), try Self.activeCalls(db, org: org))
        }
    }

    func setConcurrency(org: String, body: JSONValue) async throws -> (limit: Int, activeCalls: Int) {
        let reader = BodyReader()
        let loc: [ValidationIssue.Location] = [.key("body"), .key("concurrency_limit")]
        let object = reader.object(body, at: [.key("body")])
        let limit = reader.require(
            reader.integer(object?["concurrency_limit"], at: loc, range: Contract.concurrencyLimits),
            present: object?["concurrency_limit"], at: loc)
        try reader.throwIfInvalid()
        guard let limit else { throw reader.failure(at: loc) }
        return try await write { db in
            try db.execute(
                sql:
                    "INSERT INTO org_settings (org, concurrency_limit) VALUES (?, ?) ON CONFLICT (org) DO UPDATE SET concurrency_limit = excluded.concurrency_limit",
                arguments: [org, limit])
            return (limit, try Self.activeCalls(db, org: org))
        }
    }

    static func concurrencyLimit(_ db: Database, org: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT concurrency_limit FROM org_settings WHERE org = ?", arguments: [org])
            ?? Contract.defaultConcurrencyLimit
    }

    /// Calls in flight: the org's `locked` and `in_progress` contacts (§9).
    static func activeCalls(_ db: Database, org: String) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM contact WHERE org = ? AND status IN ('locked', 'in_progress')",
            arguments: [org]) ?? 0
    }
}
