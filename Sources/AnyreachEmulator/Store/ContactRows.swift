import GRDB
import GRDBSQLite

/// Contact rows read straight from SQLite's columns. `Row`'s generic subscripts look up the
/// metadata of `Optional<T>` for every column of every row, which was a fifth of the
/// emulator's CPU while a client read 100,000 contacts; these reads are typed once, here.
extension ContactRecord {
    /// The contacts a `SELECT \(columns) …` statement finds, in its order.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments) throws -> [ContactRecord] {
        let statement = try db.cachedStatement(sql: sql)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        let columns = StatementColumns(statement: statement.sqliteStatement)
        var contacts: [ContactRecord] = []
        // Each step leaves the statement on the next row, which `columns` reads in place.
        while try cursor.next() != nil { contacts.append(try ContactRecord(columns)) }
        return contacts
    }

    private init(_ columns: StatementColumns) throws {
        try self.init(
            seq: columns.int64(0), id: columns.string(1), campaign: columns.string(2),
            fields: ContactFields(
                externalID: columns.optionalString(3), phoneNumbers: StoredJSON.strings(columns.string(4)),
                data: StoredObject(storedText: columns.string(5)), timezone: columns.optionalString(6),
                scheduledAt: columns.optionalInt64(7), agentID: columns.optionalString(8),
                agentVersion: columns.optionalInt64(9).map(Int.init), agentNumber: columns.optionalString(10),
                agentConfig: columns.optionalString(11).map(StoredJSON.value),
                initialContext: columns.optionalString(12)),
            status: columns.string(13), createdAt: columns.int64(14), updatedAt: columns.int64(15))
    }
}

/// The columns of the row a statement stands on. A NOT NULL column read as NULL is a broken
/// database, refused as such rather than read as an empty value.
struct StatementColumns {
    let statement: SQLiteStatement

    func int64(_ index: Int32) throws -> Int64 {
        guard !isNull(index) else { throw BrokenRow(column: index) }
        return sqlite3_column_int64(statement, index)
    }

    func optionalInt64(_ index: Int32) -> Int64? {
        isNull(index) ? nil : sqlite3_column_int64(statement, index)
    }

    func string(_ index: Int32) throws -> String {
        guard let text = optionalString(index) else { throw BrokenRow(column: index) }
        return text
    }

    func optionalString(_ index: Int32) -> String? {
        guard !isNull(index), let text = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    private func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_NULL
    }
}

/// A NULL where the schema allows none.
struct BrokenRow: Error, CustomStringConvertible {
    var column: Int32
    var description: String { "the emulator's database has NULL in NOT NULL column \(column) of a contact" }
}
