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
        writer.member("contacts")
        writer.beginArray()
        for contact in contacts {
            writer.element()
            try writer.contact(contact)
        }
        writer.endArray()
        writer.member("limit")
        writer.int(Int64(limit))
        writer.member("offset")
        writer.int(Int64(offset))
        writer.member("total")
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
        member("agent_config")
        if let config = fields.agentConfig { value(config) } else { null() }
        member("agent_id")
        stringOrNull(fields.agentID)
        member("agent_number")
        stringOrNull(fields.agentNumber)
        member("agent_version")
        intOrNull(fields.agentVersion)
        member("attempts")
        attempts(record.attempts)
        member("campaign_id")
        stringOrNull(record.campaign == Contract.adHocCampaignID ? nil : record.campaign)
        member("created_at")
        timestamp(record.createdAt)
        member("data")
        try storedObject(fields.data)
        member("external_id")
        stringOrNull(fields.externalID)
        member("id")
        string(record.id)
        member("initial_context")
        stringOrNull(fields.initialContext)
        member("phone_numbers")
        strings(fields.phoneNumbers)
        member("scheduled_at")
        if let scheduled = fields.scheduledAt { timestamp(scheduled) } else { null() }
        member("status")
        string((Components.Schemas.ContactStatus(rawValue: record.status) ?? .pending).rawValue)
        member("timezone")
        stringOrNull(fields.timezone)
        member("updated_at")
        timestamp(record.updatedAt)
        endObject()
    }

    /// `Components.Schemas.Attempt`s.
    private mutating func attempts(_ attempts: [AttemptRecord]) {
        beginArray()
        for attempt in attempts {
            element()
            beginObject()
            member("conversation_id")
            string(attempt.conversationID)
            member("ended_at")
            if let ended = attempt.endedAt { timestamp(ended) } else { null() }
            member("id")
            string(attempt.id)
            member("outcome")
            stringOrNull(attempt.outcome)
            member("phone_number")
            string(attempt.phoneNumber)
            member("started_at")
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
