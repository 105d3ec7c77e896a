// The generated types encode a nil optional by leaving its key out; the contract's output objects
// always carry their nullable fields, as `null` when unset. These explicit `encode(to:)`s (which
// replace the synthesized ones) write every field, so a response says `"external_id": null`.

extension Components.Schemas.Campaign {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(externalId, forKey: .externalId)
        try container.encode(name, forKey: .name)
        try container.encode(configurationId, forKey: .configurationId)
        try container.encode(status, forKey: .status)
        try container.encode(priority, forKey: .priority)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}

extension Components.Schemas.CampaignList {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(campaigns, forKey: .campaigns)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}

extension Components.Schemas.Contact {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(externalId, forKey: .externalId)
        try container.encode(campaignId, forKey: .campaignId)
        try container.encode(phoneNumbers, forKey: .phoneNumbers)
        try container.encode(data, forKey: .data)
        try container.encode(timezone, forKey: .timezone)
        try container.encode(scheduledAt, forKey: .scheduledAt)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(agentVersion, forKey: .agentVersion)
        try container.encode(agentNumber, forKey: .agentNumber)
        try container.encode(agentConfig, forKey: .agentConfig)
        try container.encode(initialContext, forKey: .initialContext)
        try container.encode(status, forKey: .status)
        try container.encode(attempts, forKey: .attempts)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}

extension Components.Schemas.Attempt {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(phoneNumber, forKey: .phoneNumber)
        try container.encode(conversationId, forKey: .conversationId)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(endedAt, forKey: .endedAt)
    }
}

extension Components.Schemas.UpsertFailure {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(externalId, forKey: .externalId)
        try container.encode(detail, forKey: .detail)
    }
}

extension Components.Schemas.Configuration {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(externalId, forKey: .externalId)
        try container.encode(name, forKey: .name)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(dialingPolicy, forKey: .dialingPolicy)
        try container.encode(agent, forKey: .agent)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
    }
}

extension Components.Schemas.Schedule {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultTimezone, forKey: .defaultTimezone)
        try container.encode(defaultWindows, forKey: .defaultWindows)
        try container.encode(overrides, forKey: .overrides)
        try container.encode(scheduledWindows, forKey: .scheduledWindows)
        try container.encode(scheduledOverrides, forKey: .scheduledOverrides)
    }
}

extension Components.Schemas.AgentSettings {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentId, forKey: .agentId)
        try container.encode(agentVersion, forKey: .agentVersion)
    }
}
