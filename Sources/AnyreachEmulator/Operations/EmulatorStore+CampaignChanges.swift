import AnyreachAPI
import AnyreachModel
import GRDB

/// The lifecycle routes of §3.2.
enum LifecycleAction: String, Sendable {
    case start, pause, close
}

extension EmulatorStore {
    /// Merge-patches a campaign and upserts its inline contacts in one transaction (§3.2, §10).
    func patchCampaign(org: String, reference: String, body: JSONValue) async throws -> CampaignRecord {
        try await write { db in
            var campaign = try Self.campaign(db, org: org, reference: reference)
            let reader = BodyReader()
            let fields = CampaignFields.read(body, creating: false, reader: reader)
            let newConfigurationID = fields.configurationID.value
            let configuration = try Self.referencedConfiguration(
                db, org: org, newConfigurationID ?? campaign.configurationID, reader)
            let updated = Self.applying(fields, to: campaign)
            let items = try self.readInlineContacts(
                fields.contacts, configuration: configuration, campaign: updated, reader)
            // Contacts before the 400 and 409 checks: an item that would fail is a 422, which
            // outranks both (§10); a later throw rolls the contacts back with the rest.
            if let configuration, !items.isEmpty {
                try self.writeInline(
                    db, org: org, scope: .campaign(updated, configuration), items: items, now: self.clock.nowSeconds())
            }
            if campaign.status == "closed" {
                throw APIError.badRequest("Campaign '\(reference)' is closed and can't be changed.")
            }
            try Self.ensureCampaignExternalIDFree(db, org: org, externalID: updated.externalID, except: campaign.id)
            if updated != campaign {
                campaign = updated
                campaign.updatedAt = self.clock.nowSeconds()
                try db.execute(
                    sql:
                        "UPDATE campaign SET external_id = ?, name = ?, configuration_id = ?, priority = ?, updated_at = ? WHERE id = ?",
                    arguments: [
                        campaign.externalID, campaign.name, campaign.configurationID, campaign.priority,
                        campaign.updatedAt, campaign.id,
                    ])
            }
            return campaign
        }
    }

    /// The campaign with a merge patch's fields applied: `external_id: null` clears it and
    /// `priority: null` restores 5 (§10).
    static func applying(_ fields: CampaignFields, to campaign: CampaignRecord) -> CampaignRecord {
        var result = campaign
        result.name = fields.name.value ?? campaign.name
        result.configurationID = fields.configurationID.value ?? campaign.configurationID
        result.externalID = fields.externalID.applied(to: campaign.externalID)
        result.priority =
            fields.priority == .null ? Contract.defaultPriority : fields.priority.value ?? campaign.priority
        return result
    }

    /// Start, pause or close, with the preconditions of §3.2 (400 when they fail).
    func transition(org: String, reference: String, action: LifecycleAction) async throws -> CampaignRecord {
        try await write { db in
            var campaign = try Self.campaign(db, org: org, reference: reference)
            let target = try Self.target(of: action, from: campaign.status, reference: reference)
            guard target != campaign.status else { return campaign }
            campaign.status = target
            campaign.updatedAt = self.clock.nowSeconds()
            try db.execute(
                sql: "UPDATE campaign SET status = ?, updated_at = ? WHERE id = ?",
                arguments: [target, campaign.updatedAt, campaign.id])
            return campaign
        }
    }

    static func target(of action: LifecycleAction, from status: String, reference: String) throws -> String {
        switch (action, status) {
        case (.start, "closed"):
            throw APIError.badRequest(
                "Campaign '\(reference)' is closed; a closed campaign can never be started again.")
        case (.start, _): return "active"
        case (.pause, "active"): return "paused"
        case (.pause, _):
            throw APIError.badRequest("Campaign '\(reference)' is \(status); only an active campaign can be paused.")
        case (.close, "closed"): throw APIError.badRequest("Campaign '\(reference)' is already closed.")
        case (.close, _): return "closed"
        }
    }
}
