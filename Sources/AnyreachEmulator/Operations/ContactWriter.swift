import AnyreachAPI
import AnyreachModel
import GRDB

/// Applies checked contact items to one scope inside a write transaction (§4.2 and §10 matching).
struct ContactWriter {
    let db: Database
    let org: String
    let scope: ContactScope
    let clock: EmulatorClock
    let now: Int64

    /// Applies every item in order; an item that can't be applied goes to `failed`, while a
    /// missing or null `phone_numbers` on an insert fails the whole request with 422.
    func apply(_ items: [ContactItem]) throws -> UpsertOutcome {
        var outcome = UpsertOutcome()
        var missingPhones: [ValidationIssue] = []
        for item in items {
            outcome.warnings += item.rewrites.map { UpsertOutcome.Warning(index: item.index, detail: $0) }
            switch try applyOne(item) {
            case .inserted(let id):
                outcome.inserted += 1
                outcome.contactIDs.append(id)
            case .updated(let id):
                outcome.updated += 1
                outcome.contactIDs.append(id)
            case .failed(let detail):
                outcome.failed.append(.init(index: item.index, externalID: item.externalID.value, detail: detail))
                outcome.contactIDs.append(nil)
            case .invalid(let issue):
                missingPhones.append(issue)
                outcome.contactIDs.append(nil)
            }
        }
        if !missingPhones.isEmpty { throw APIError.invalid(missingPhones) }
        return outcome
    }

    private enum ItemResult {
        case inserted(String)
        case updated(String)
        case failed(String)
        case invalid(ValidationIssue)
    }

    private func applyOne(_ item: ContactItem) throws -> ItemResult {
        if let id = item.id {
            guard let current = try find(column: "id", value: id.lowercased()) else {
                return .failed("no contact with id '\(id)' in this campaign")
            }
            return try update(current, with: item)
        }
        if case .value(let externalID) = item.externalID,
            let current = try find(column: "external_id", value: externalID)
        {
            return try update(current, with: item)
        }
        return try insert(item)
    }

    private func update(_ current: ContactRecord, with item: ContactItem) throws -> ItemResult {
        if item.phoneNumbers == .null {
            return .invalid(issue(item, "phone_numbers can't be null"))
        }
        if case .value(let newExternalID) = item.externalID, newExternalID != current.fields.externalID,
            try find(column: "external_id", value: newExternalID) != nil
        {
            return .failed("external_id '\(newExternalID)' is held by another contact of this campaign")
        }
        let fields = item.applied(to: current.fields)
        if fields != current.fields {
            let assignments = ContactRecord.settableColumns.map { "\($0) = ?" }.joined(separator: ", ")
            let values = ContactRecord.settableValues(fields) + [now, current.seq]
            try db.execute(
                sql: "UPDATE contact SET \(assignments), updated_at = ? WHERE seq = ?",
                arguments: StatementArguments(values))
            if fields.scheduledAt != current.fields.scheduledAt { try reschedule(current, to: fields.scheduledAt) }
        }
        return .updated(current.id)
    }

    /// A pending contact not yet called waits for its new `scheduled_at`, earlier or later.
    private func reschedule(_ contact: ContactRecord, to scheduledAt: Int64?) throws {
        try db.execute(
            sql: """
                UPDATE contact SET next_call_at = ? WHERE seq = ? AND status = 'pending'
                AND NOT EXISTS (SELECT 1 FROM attempt WHERE contact_seq = ?)
                """, arguments: [scheduledAt, contact.seq, contact.seq])
    }

    private func insert(_ item: ContactItem) throws -> ItemResult {
        guard case .value = item.phoneNumbers else {
            return .invalid(issue(item, "phone_numbers is required to add a contact"))
        }
        let fields = item.newFields()
        let id = clock.nextID()
        let columns =
            ["id", "org", "campaign"] + ContactRecord.settableColumns + [
                "status", "next_call_at", "created_at", "updated_at",
            ]
        let values: [(any DatabaseValueConvertible)?] =
            [id, org, scope.key] + ContactRecord.settableValues(fields) + ["pending", fields.scheduledAt, now, now]
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.cachedStatement(sql: "INSERT INTO contact (\(columns.joined(separator: ", "))) VALUES (\(marks))")
            .execute(arguments: StatementArguments(values))
        return .inserted(id)
    }

    private func issue(_ item: ContactItem, _ message: String) -> ValidationIssue {
        ValidationIssue(
            loc: [.key("body"), .key("contacts"), .index(item.index), .key("phone_numbers")], msg: message,
            type: "value_error.missing")
    }

    func find(column: String, value: String) throws -> ContactRecord? {
        let sql = "SELECT \(ContactRecord.columns) FROM contact WHERE org = ? AND campaign = ? AND \(column) = ?"
        return try ContactRecord.fetchAll(db, sql: sql, arguments: [org, scope.key, value]).first
    }
}

extension FieldChange {
    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}
