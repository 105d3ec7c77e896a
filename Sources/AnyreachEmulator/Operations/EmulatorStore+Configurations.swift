import AnyreachAPI
import AnyreachModel
import GRDB

extension EmulatorStore {
    func listConfigurations(org: String) async throws -> [ConfigurationRecord] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT \(ConfigurationRecord.columns) FROM configuration WHERE org = ? ORDER BY created_at, id",
                arguments: [org]
            )
            .map(ConfigurationRecord.init(row:))
        }
    }

    func configuration(org: String, id: String) async throws -> ConfigurationRecord {
        try await read { db in try Self.configuration(db, org: org, id: id) }
    }

    /// A configuration by UUID only: configuration routes never resolve external_ids (§6.1).
    static func configuration(_ db: Database, org: String, id: String) throws -> ConfigurationRecord {
        let row = try Row.fetchOne(
            db, sql: "SELECT \(ConfigurationRecord.columns) FROM configuration WHERE org = ? AND id = ?",
            arguments: [org, id.lowercased()])
        guard let row else { throw APIError.notFound("Configuration '\(id)' not found.") }
        return try ConfigurationRecord(row: row)
    }

    func createConfiguration(org: String, body: JSONValue) async throws -> ConfigurationRecord {
        let parsed = try ConfigurationInput(timezones: timezones).read(body)
        return try await write { db in
            try Self.ensureConfigurationExternalIDFree(db, org: org, externalID: parsed.externalID, except: nil)
            let record = ConfigurationRecord(id: self.clock.nextID(), body: parsed, now: self.clock.nowSeconds())
            try db.execute(
                sql:
                    "INSERT INTO configuration (id, org, external_id, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    record.id, org, parsed.externalID, parsed.name, record.encodedBody(), record.createdAt,
                    record.updatedAt,
                ])
            return record
        }
    }

    func patchConfiguration(org: String, id: String, patch: JSONValue) async throws -> ConfigurationRecord {
        try await write { db in
            var record = try Self.configuration(db, org: org, id: id)
            guard patch.objectValue != nil else {
                throw APIError.invalid([.key("body")], "must be an object", type: "type_error.object")
            }
            let merged = MergePatch.apply(patch, to: .object(record.body.jsonObject()))
            let body = try ConfigurationInput(timezones: self.timezones).read(merged)
            guard body != record.body else { return record }
            try Self.ensureConfigurationExternalIDFree(db, org: org, externalID: body.externalID, except: record.id)
            record.body = body
            record.updatedAt = self.clock.nowSeconds()
            try db.execute(
                sql: "UPDATE configuration SET external_id = ?, name = ?, body = ?, updated_at = ? WHERE id = ?",
                arguments: [body.externalID, body.name, record.encodedBody(), record.updatedAt, record.id])
            return record
        }
    }

    /// Deletes a configuration no campaign references, whatever that campaign's status (§6.2).
    func deleteConfiguration(org: String, id: String) async throws {
        try await write { db in
            let record = try Self.configuration(db, org: org, id: id)
            let users =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM campaign WHERE configuration_id = ?", arguments: [record.id]) ?? 0
            if users > 0 {
                throw APIError.conflict(
                    "Configuration '\(id)' is referenced by \(users) campaign(s); point them at another configuration first."
                )
            }
            try db.execute(sql: "DELETE FROM configuration WHERE id = ?", arguments: [record.id])
        }
    }

    static func ensureConfigurationExternalIDFree(_ db: Database, org: String, externalID: String?, except id: String?)
        throws
    {
        guard let externalID else { return }
        let holder = try String.fetchOne(
            db, sql: "SELECT id FROM configuration WHERE org = ? AND external_id = ?", arguments: [org, externalID])
        if let holder, holder != id {
            throw APIError.conflict("A configuration with external_id '\(externalID)' already exists.")
        }
    }
}
