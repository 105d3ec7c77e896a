import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime

/// The contact listing's body written with `PrettyJSONWriter`: the same bytes the generated layer
/// encodes from `Components.Schemas.ContactPage` (`ContactRecord.wire()`), at a fraction of the
/// CPU. Keys go in the encoder's sorted order; `ContactPageJSONTests` compares the two.
extension ContactPageResult {
    func json() throws -> [UInt8] {
        var writer = PrettyJSONWriter(capacity: 1_024 * (contacts.count + 1))
        writer.beginObject()
        writer.key("contacts")
        writer.beginArray()
        for contact in contacts {
            writer.element()
            try writer.contact(contact)
        }
        writer.endArray()
        writer.key("limit")
        writer.int(Int64(limit))
        writer.key("offset")
        writer.int(Int64(offset))
        writer.key("total")
        writer.int(Int64(total))
        writer.endObject()
        return writer.bytes
    }
}

extension PrettyJSONWriter {
    /// A `Components.Schemas.Contact`, every nullable field present (`NullableOutputs.swift`).
    mutating func contact(_ record: ContactRecord) throws {
        let fields = record.fields
        beginObject()
        key("agent_config")
        if let config = fields.agentConfig { value(config) } else { null() }
        key("agent_id")
        stringOrNull(fields.agentID)
        key("agent_number")
        stringOrNull(fields.agentNumber)
        key("agent_version")
        intOrNull(fields.agentVersion)
        key("attempts")
        attempts(record.attempts)
        key("campaign_id")
        stringOrNull(record.campaign == Contract.adHocCampaignID ? nil : record.campaign)
        key("created_at")
        timestamp(record.createdAt)
        key("data")
        try storedObject(fields.data)
        key("external_id")
        stringOrNull(fields.externalID)
        key("id")
        string(record.id)
        key("initial_context")
        stringOrNull(fields.initialContext)
        key("phone_numbers")
        strings(fields.phoneNumbers)
        key("scheduled_at")
        if let scheduled = fields.scheduledAt { timestamp(scheduled) } else { null() }
        key("status")
        string((Components.Schemas.ContactStatus(rawValue: record.status) ?? .pending).rawValue)
        key("timezone")
        stringOrNull(fields.timezone)
        key("updated_at")
        timestamp(record.updatedAt)
        endObject()
    }

    /// `Components.Schemas.Attempt`s.
    private mutating func attempts(_ attempts: [AttemptRecord]) {
        beginArray()
        for attempt in attempts {
            element()
            beginObject()
            key("conversation_id")
            string(attempt.conversationID)
            key("ended_at")
            if let ended = attempt.endedAt { timestamp(ended) } else { null() }
            key("id")
            string(attempt.id)
            key("outcome")
            stringOrNull(attempt.outcome)
            key("phone_number")
            string(attempt.phoneNumber)
            key("started_at")
            timestamp(attempt.startedAt)
            endObject()
        }
        endArray()
    }

    private mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts {
            element()
            string(text)
        }
        endArray()
    }
}
