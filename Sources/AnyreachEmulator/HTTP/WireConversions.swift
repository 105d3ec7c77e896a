import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime

/// Stored records as the generated wire types, so every response is checked against the contract
/// at compile time.
extension CampaignRecord {
    var wire: Components.Schemas.Campaign {
        .init(
            id: id, externalId: externalID, name: name, configurationId: configurationID,
            status: Components.Schemas.CampaignStatus(rawValue: status) ?? .active, priority: priority,
            createdAt: Timestamp.date(createdAt), updatedAt: Timestamp.date(updatedAt))
    }
}

extension ConfigurationRecord {
    var wire: Components.Schemas.Configuration {
        let schedule = body.schedule
        let policy = body.dialingPolicy
        return .init(
            id: id, externalId: body.externalID, name: body.name,
            schedule: .init(
                defaultTimezone: schedule.defaultTimezone, defaultWindows: schedule.defaultWindows.map(\.wire),
                overrides: schedule.overrides.map(\.wire), scheduledWindows: schedule.scheduledWindows?.map(\.wire),
                scheduledOverrides: schedule.scheduledOverrides?.map(\.wire)),
            dialingPolicy: .init(
                maxAttempts: policy.maxAttempts, retryDelayMinutes: policy.retryDelayMinutes,
                defaultCountryCode: policy.defaultCountryCode),
            agent: .init(agentId: body.agent.agentID, agentVersion: body.agent.agentVersion),
            createdAt: Timestamp.date(createdAt), updatedAt: Timestamp.date(updatedAt))
    }
}

extension TimeWindow {
    var wire: Components.Schemas.TimeWindow {
        .init(days: days.compactMap(Components.Schemas.Weekday.init(rawValue:)), start: start, end: end)
    }
}

extension ScheduleOverride {
    var wire: Components.Schemas.ScheduleOverride {
        .init(timezones: timezones, windows: windows.map(\.wire))
    }
}

extension ContactRecord {
    func wire() throws -> Components.Schemas.Contact {
        .init(
            id: id, externalId: fields.externalID, campaignId: campaign == Contract.adHocCampaignID ? nil : campaign,
            phoneNumbers: fields.phoneNumbers, data: .init(additionalProperties: try fields.data.objectContainer()),
            timezone: fields.timezone, scheduledAt: fields.scheduledAt.map(Timestamp.date), agentId: fields.agentID,
            agentVersion: fields.agentVersion, agentNumber: fields.agentNumber,
            agentConfig: try fields.agentConfig.map { .init(additionalProperties: try $0.objectContainer()) },
            initialContext: fields.initialContext,
            status: Components.Schemas.ContactStatus(rawValue: status) ?? .pending,
            attempts: attempts.map(\.wire), createdAt: Timestamp.date(createdAt), updatedAt: Timestamp.date(updatedAt))
    }
}

extension AttemptRecord {
    var wire: Components.Schemas.Attempt {
        .init(
            id: id, phoneNumber: phoneNumber, conversationId: conversationID, outcome: outcome,
            startedAt: Timestamp.date(startedAt), endedAt: endedAt.map(Timestamp.date))
    }
}

extension UpsertOutcome {
    var wire: Components.Schemas.ContactUpsertResponse {
        .init(
            inserted: inserted, updated: updated,
            failed: failed.map { .init(index: $0.index, externalId: $0.externalID, detail: $0.detail) },
            warnings: warnings.map { .init(index: $0.index, detail: $0.detail) }, contactIds: contactIDs)
    }
}

extension CampaignStatsResult {
    var wire: Components.Schemas.CampaignStats {
        .init(
            campaignId: campaignID, status: Components.Schemas.CampaignStatus(rawValue: status) ?? .active,
            contacts: .init(
                total: total, pending: pending, inProgress: inProgress, completed: completed, exhausted: exhausted),
            attempts: .init(total: attempts, averagePerContact: averagePerContact),
            activeCalls: activeCalls, concurrencyLimit: concurrencyLimit)
    }
}

extension JSONValue {
    /// The free-form object as the runtime's container type.
    func objectContainer() throws -> OpenAPIObjectContainer {
        try JSONDecoder().decode(OpenAPIObjectContainer.self, from: compactData())
    }
}
