import AnyreachAPI
import AnyreachModel
import GRDB

extension EmulatorStore {
    /// One page of a scope's contacts in (created_at, id) order, with their attempts.
    func listContacts(org: String, campaign reference: String, limit: Int, offset: Int, statuses: [String]) async throws
        -> ContactPageResult
    {
        try await read { db in
            let scope = try Self.scopeKey(db, org: org, reference: reference)
            var page =
                statuses.isEmpty
                ? try Self.unfilteredPage(db, org: org, scope: scope, limit: limit, offset: offset)
                : try Self.filteredPage(db, org: org, scope: scope, limit: limit, offset: offset, statuses: statuses)
            let attempts = try Self.attempts(db, contactSeqs: page.contacts.map(\.seq))
            for index in page.contacts.indices {
                page.contacts[index].attempts = attempts[page.contacts[index].seq] ?? []
            }
            return page
        }
    }

    /// Finds the bucket that holds position `offset` by summing bucket counts, then steps at most
    /// one bucket's rows: a deep page costs about what the first one does.
    static func unfilteredPage(_ db: Database, org: String, scope: String, limit: Int, offset: Int) throws
        -> ContactPageResult
    {
        let buckets = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT bucket, n FROM contact_bucket WHERE org = ? AND campaign = ? AND n > 0 ORDER BY bucket"),
            arguments: [org, scope])
        let total = buckets.reduce(0) { $0 + ($1[1] as Int) }
        var before = 0
        var startSeq: Int64 = 0
        for row in buckets {
            let count: Int = row[1]
            if before + count > offset {
                startSeq = (row[0] as Int64) << EmulatorDatabase.bucketShift
                break
            }
            before += count
        }
        guard offset < total else { return ContactPageResult(contacts: [], total: total, limit: limit, offset: offset) }
        let contacts = try ContactRecord.fetchAll(
            db,
            sql: """
                SELECT \(ContactRecord.columns) FROM contact WHERE org = ? AND campaign = ? AND seq >= ?
                ORDER BY seq LIMIT ? OFFSET ?
                """, arguments: [org, scope, startSeq, limit, offset - before])
        return ContactPageResult(contacts: contacts, total: total, limit: limit, offset: offset)
    }

    static func filteredPage(_ db: Database, org: String, scope: String, limit: Int, offset: Int, statuses: [String])
        throws -> ContactPageResult
    {
        let marks = statuses.map { _ in "?" }.joined(separator: ",")
        let filter = "org = ? AND campaign = ? AND status IN (\(marks))"
        let base: [any DatabaseValueConvertible] = [org, scope] + statuses
        let total =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM contact WHERE \(filter)", arguments: StatementArguments(base)) ?? 0
        let contacts = try ContactRecord.fetchAll(
            db, sql: "SELECT \(ContactRecord.columns) FROM contact WHERE \(filter) ORDER BY seq LIMIT ? OFFSET ?",
            arguments: StatementArguments(base + [limit, offset]))
        return ContactPageResult(contacts: contacts, total: total, limit: limit, offset: offset)
    }
}
