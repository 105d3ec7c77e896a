// The generated input structs leave a nil optional out of the JSON, but three of them are only
// ever sent whole, where a field left out and a field set to `null` mean different things (§10):
// a schedule or agent replaced by a merge patch must clear what it leaves unset, and an upsert
// item sets every managed field (nil: clear it). These explicit `encode(to:)`s write `null` for
// those fields, so the client sends typed bodies as they are, with no raw-body swap. The top-level
// patch structs keep the generated encoding: there, nil means "leave the field alone".

extension Components.Schemas.ScheduleInput {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(defaultTimezone, forKey: .defaultTimezone)
        try container.encodeIfPresent(defaultWindows, forKey: .defaultWindows)
        try container.encodeIfPresent(overrides, forKey: .overrides)
        try container.encode(scheduledWindows, forKey: .scheduledWindows)
        try container.encode(scheduledOverrides, forKey: .scheduledOverrides)
    }
}

extension Components.Schemas.AgentSettingsInput {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(agentId, forKey: .agentId)
        try container.encode(agentVersion, forKey: .agentVersion)
    }
}

extension Components.Schemas.ContactInput {
    /// The keys are left out when unset (an item matches by one of them); every managed field is
    /// written, `null` when nil.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encodeIfPresent(externalId, forKey: .externalId)
        try container.encode(phoneNumbers, forKey: .phoneNumbers)
        try container.encode(data, forKey: .data)
        try container.encode(timezone, forKey: .timezone)
        try container.encode(scheduledAt, forKey: .scheduledAt)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(agentVersion, forKey: .agentVersion)
        try container.encode(agentNumber, forKey: .agentNumber)
        try container.encode(agentConfig, forKey: .agentConfig)
        try container.encode(initialContext, forKey: .initialContext)
    }
}
