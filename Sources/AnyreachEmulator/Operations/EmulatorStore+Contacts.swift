import AnyreachAPI
import AnyreachModel
import GRDB

/// A page of a contact listing (§4.2).
struct ContactPageResult: Sendable {
    var contacts: [ContactRecord]
    var total: Int
    var limit: Int
    var offset: Int
}

extension EmulatorStore {
    /// Resolves a contact route's `{id}`: `default`, a campaign UUID, or a campaign external_id.
    static func scope(_ db: Database, org: String, reference: String) throws -> ContactScope {
        if reference == Contract.adHocCampaignID { return .adHoc }
        let campaign = try campaign(db, org: org, reference: reference)
        return .campaign(campaign, try configuration(db, org: org, id: campaign.configurationID))
    }

    /// The `contact.campaign` value of a contact route's `{id}`, with `scope`'s 404, for reads that
    /// need no more of the campaign (its configuration is a JSON text to parse).
    static func scopeKey(_ db: Database, org: String, reference: String) throws -> String {
        reference == Contract.adHocCampaignID ? reference : try campaign(db, org: org, reference: reference).id
    }

    func upsertContacts(org: String, campaign reference: String, body: JSONValue) async throws -> UpsertOutcome {
        try await write { db in
            let scope = try Self.scope(db, org: org, reference: reference)
            let items = try self.readUpsertItems(body, scope: scope)
            let outcome = try ContactWriter(
                db: db, org: org, scope: scope, clock: self.clock, now: self.clock.nowSeconds()
            ).apply(items)
            // Checked after applying, so that a 422 the items would cause (a missing phone_numbers on an
            // insert) outranks this 400 (§10); throwing rolls the transaction back, so nothing is written.
            if scope.isClosed {
                throw APIError.badRequest("Campaign '\(reference)' is closed; contacts can't be added to it.")
            }
            return outcome
        }
    }

    private func readUpsertItems(_ body: JSONValue, scope: ContactScope) throws(APIError) -> [ContactItem] {
        let reader = BodyReader()
        let loc: [ValidationIssue.Location] = [.key("body"), .key("contacts")]
        let object = reader.object(body, at: [.key("body")])
        let list = reader.require(reader.array(object?["contacts"], at: loc), present: object?["contacts"], at: loc)
        if let list, !Contract.upsertBatch.contains(list.count) {
            reader.fail(
                loc, "send 1–\(Contract.upsertBatch.upperBound) contacts per request (got \(list.count))",
                type: "value_error.list.length")
        }
        try reader.throwIfInvalid()
        let items = ContactInput(phoneRule: scope.phoneRule, timezones: timezones).read(
            list ?? [], at: loc, reader: reader)
        try reader.throwIfInvalid()
        return items
    }

    func contact(org: String, campaign reference: String, contact contactReference: String) async throws
        -> ContactRecord
    {
        try await read { db in
            let scope = try Self.scope(db, org: org, reference: reference)
            var record = try Self.contact(db, org: org, scope: scope, reference: contactReference)
            record.attempts = try Self.attempts(db, contactSeqs: [record.seq])[record.seq] ?? []
            return record
        }
    }

    /// A contact by UUID, then by external_id, within its scope (§4.2).
    static func contact(_ db: Database, org: String, scope: ContactScope, reference: String) throws -> ContactRecord {
        let writer = ContactWriter(db: db, org: org, scope: scope, clock: EmulatorClock(), now: 0)
        if UUIDShape.matches(reference), let found = try writer.find(column: "id", value: reference.lowercased()) {
            return found
        }
        if let found = try writer.find(column: "external_id", value: reference) { return found }
        throw APIError.notFound("Contact '\(reference)' not found in campaign '\(scope.key)'.")
    }

    /// Deletes a contact unless a call is under way (409, §4.2); closed campaigns allow it.
    func deleteContact(org: String, campaign reference: String, contact contactReference: String) async throws {
        try await write { db in
            let scope = try Self.scope(db, org: org, reference: reference)
            let record = try Self.contact(db, org: org, scope: scope, reference: contactReference)
            if record.status == "locked" || record.status == "in_progress" {
                throw APIError.conflict(
                    "Contact '\(contactReference)' is \(record.status) (a call is under way); delete it once the call ends."
                )
            }
            try db.execute(sql: "DELETE FROM contact WHERE seq = ?", arguments: [record.seq])
        }
    }

    static func attempts(_ db: Database, contactSeqs: [Int64]) throws -> [Int64: [AttemptRecord]] {
        guard let first = contactSeqs.min(), let last = contactSeqs.max() else { return [:] }
        // One cached statement over the seqs' range, not a new one with a `?` per contact. A page
        // is a run of one campaign's contacts in seq order, so the range holds only those and
        // contacts written in between, whose attempts no one here looks up.
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT contact_seq, id, phone_number, conversation_id, outcome, started_at, ended_at
                    FROM attempt WHERE contact_seq BETWEEN ? AND ? ORDER BY seq
                    """), arguments: [first, last])
        return Dictionary(grouping: rows, by: { $0[0] as Int64 }).mapValues { rows in
            rows.map {
                AttemptRecord(
                    id: $0[1], phoneNumber: $0[2], conversationID: $0[3], outcome: $0[4], startedAt: $0[5],
                    endedAt: $0[6])
            }
        }
    }
}

extension EmulatorStore {
    /// Throws 404 unless `reference` is `default` or a campaign of the org.
    func contactScopeExists(org: String, reference: String) async throws -> Bool {
        try await read { db in
            _ = try Self.scopeKey(db, org: org, reference: reference)
            return true
        }
    }
}
