import AnyreachAPI
import AnyreachModel
import Foundation
import GRDB

/// A campaign row.
struct CampaignRecord: Hashable, Sendable {
    var id: String
    var externalID: String?
    var name: String
    var configurationID: String
    var status: String
    var priority: Int
    var createdAt: Int64
    var updatedAt: Int64

    static let columns = "id, external_id, name, configuration_id, status, priority, created_at, updated_at"

    init(row: Row) {
        id = row[0]
        externalID = row[1]
        name = row[2]
        configurationID = row[3]
        status = row[4]
        priority = row[5]
        createdAt = row[6]
        updatedAt = row[7]
    }

    init(
        id: String, externalID: String?, name: String, configurationID: String, status: String, priority: Int,
        now: Int64
    ) {
        self.id = id
        self.externalID = externalID
        self.name = name
        self.configurationID = configurationID
        self.status = status
        self.priority = priority
        createdAt = now
        updatedAt = now
    }
}

/// A configuration row; everything but identity and timestamps lives in `body`.
struct ConfigurationRecord: Hashable, Sendable {
    var id: String
    var body: ConfigurationBody
    var createdAt: Int64
    var updatedAt: Int64

    static let columns = "id, body, created_at, updated_at"

    init(row: Row) throws {
        id = row[0]
        body = try JSONDecoder().decode(ConfigurationBody.self, from: Data((row[1] as String).utf8))
        createdAt = row[2]
        updatedAt = row[3]
    }

    init(id: String, body: ConfigurationBody, now: Int64) {
        self.id = id
        self.body = body
        createdAt = now
        updatedAt = now
    }

    func encodedBody() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(body)) ?? Data(), as: UTF8.self)
    }
}

/// A call attempt of a contact.
struct AttemptRecord: Hashable, Sendable {
    var id: String
    var phoneNumber: String
    var conversationID: String
    var outcome: String?
    var startedAt: Int64
    var endedAt: Int64?
}

/// A contact row with its attempts.
struct ContactRecord: Hashable, Sendable {
    var seq: Int64
    var id: String
    var campaign: String
    var fields: ContactFields
    var status: String
    var createdAt: Int64
    var updatedAt: Int64
    var attempts: [AttemptRecord] = []

    static let columns = """
        seq, id, campaign, external_id, phone_numbers, data, timezone, scheduled_at, agent_id, agent_version, \
        agent_number, agent_config, initial_context, status, created_at, updated_at
        """

    init(
        seq: Int64, id: String, campaign: String, fields: ContactFields, status: String, createdAt: Int64,
        updatedAt: Int64
    ) {
        self.seq = seq
        self.id = id
        self.campaign = campaign
        self.fields = fields
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The values bound to the client-settable columns, in `settableColumns` order.
    static func settableValues(_ fields: ContactFields) -> [(any DatabaseValueConvertible)?] {
        let phones = JSONValue.array(fields.phoneNumbers.map(JSONValue.string)).compactString()
        return [
            fields.externalID, phones, fields.data.compactText, fields.timezone, fields.scheduledAt, fields.agentID,
            fields.agentVersion, fields.agentNumber, fields.agentConfig?.compactString(), fields.initialContext,
        ]
    }

    static let settableColumns = [
        "external_id", "phone_numbers", "data", "timezone", "scheduled_at", "agent_id", "agent_version",
        "agent_number", "agent_config", "initial_context",
    ]
}
