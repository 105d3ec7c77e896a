import AnyreachAPI
import AnyreachModel
import GRDB

extension EmulatorStore {
    /// A campaign by UUID first, then by external_id (§3.2).
    static func campaign(_ db: Database, org: String, reference: String) throws -> CampaignRecord {
        let sql = "SELECT \(CampaignRecord.columns) FROM campaign WHERE org = ? AND "
        if UUIDShape.matches(reference),
            let row = try Row.fetchOne(
                db.cachedStatement(sql: sql + "id = ?"), arguments: [org, reference.lowercased()])
        {
            return CampaignRecord(row: row)
        }
        if let row = try Row.fetchOne(db.cachedStatement(sql: sql + "external_id = ?"), arguments: [org, reference]) {
            return CampaignRecord(row: row)
        }
        throw APIError.notFound("Campaign '\(reference)' not found.")
    }

    /// A campaign by UUID only, as the stats route resolves it (§3.2).
    static func campaignByUUID(_ db: Database, org: String, id: String) throws -> CampaignRecord {
        let row = try Row.fetchOne(
            db, sql: "SELECT \(CampaignRecord.columns) FROM campaign WHERE org = ? AND id = ?",
            arguments: [org, id.lowercased()])
        guard let row else {
            throw APIError.notFound(
                "Campaign '\(id)' not found (the stats route takes the campaign's UUID, not its external_id).")
        }
        return CampaignRecord(row: row)
    }

    func campaign(org: String, reference: String) async throws -> CampaignRecord {
        try await read { db in try Self.campaign(db, org: org, reference: reference) }
    }

    /// Creates an active campaign with its inline contacts, all or nothing (§3.2, §10).
    func createCampaign(org: String, body: JSONValue) async throws -> CampaignRecord {
        try await write { db in
            let reader = BodyReader()
            let fields = CampaignFields.read(body, creating: true, reader: reader)
            let configuration = try Self.referencedConfiguration(db, org: org, fields.configurationID.value, reader)
            let now = self.clock.nowSeconds()
            let campaign = CampaignRecord(
                id: self.clock.nextID(), externalID: fields.externalID.value, name: fields.name.value ?? "",
                configurationID: configuration?.id ?? "", status: "active",
                priority: fields.priority.value ?? Contract.defaultPriority, now: now)
            let items = try self.readInlineContacts(
                fields.contacts, configuration: configuration, campaign: campaign, reader)
            // Contacts first: an item that would fail is a 422, which outranks the 409 of a held
            // external_id (§10). Contact rows only name the campaign's id, so they may precede it.
            if let configuration, !items.isEmpty {
                try self.writeInline(db, org: org, scope: .campaign(campaign, configuration), items: items, now: now)
            }
            try Self.ensureCampaignExternalIDFree(db, org: org, externalID: campaign.externalID, except: nil)
            try Self.insert(db, campaign, org: org)
            return campaign
        }
    }

    /// Reads inline contacts once the configuration (and so the country code) is known, then
    /// throws every collected 422.
    func readInlineContacts(
        _ list: [JSONValue]?, configuration: ConfigurationRecord?, campaign: CampaignRecord, _ reader: BodyReader
    ) throws(APIError) -> [ContactItem] {
        var items: [ContactItem] = []
        if let list, let configuration {
            let scope = ContactScope.campaign(campaign, configuration)
            items = ContactInput(phoneRule: scope.phoneRule, timezones: timezones).read(
                list, at: [.key("body"), .key("contacts")], reader: reader)
        }
        try reader.throwIfInvalid()
        return items
    }

    /// Inline contacts are all or nothing: an item that would go to `failed` fails the request (§10).
    func writeInline(_ db: Database, org: String, scope: ContactScope, items: [ContactItem], now: Int64) throws {
        let outcome = try ContactWriter(db: db, org: org, scope: scope, clock: clock, now: now).apply(items)
        guard outcome.failed.isEmpty else {
            throw APIError.invalid(
                outcome.failed.map {
                    ValidationIssue(
                        loc: [.key("body"), .key("contacts"), .index($0.index)], msg: $0.detail,
                        type: "value_error.contact")
                })
        }
    }

    /// The configuration a body names, or a 422 at `configuration_id` when the org has none such.
    static func referencedConfiguration(_ db: Database, org: String, _ id: String?, _ reader: BodyReader) throws
        -> ConfigurationRecord?
    {
        guard let id else { return nil }
        do {
            return try configuration(db, org: org, id: id)
        } catch let error as APIError where error.status == 404 {
            reader.fail(
                [.key("body"), .key("configuration_id")], "configuration '\(id)' does not exist",
                type: "value_error.reference")
            return nil
        }
    }

    static func insert(_ db: Database, _ campaign: CampaignRecord, org: String) throws {
        try db.execute(
            sql: """
                INSERT INTO campaign (id, org, external_id, name, configuration_id, status, priority, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                campaign.id, org, campaign.externalID, campaign.name, campaign.configurationID,
                campaign.status, campaign.priority, campaign.createdAt, campaign.updatedAt,
            ])
    }

    static func ensureCampaignExternalIDFree(_ db: Database, org: String, externalID: String?, except id: String?)
        throws
    {
        guard let externalID else { return }
        let holder = try String.fetchOne(
            db, sql: "SELECT id FROM campaign WHERE org = ? AND external_id = ?", arguments: [org, externalID])
        if let holder, holder != id {
            throw APIError.conflict("A campaign with external_id '\(externalID)' already exists.")
        }
    }
}
