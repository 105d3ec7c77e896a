public import AnyreachAPI
public import AnyreachModel

public typealias Campaign = Components.Schemas.Campaign
public typealias Configuration = Components.Schemas.Configuration
public typealias Contact = Components.Schemas.Contact

extension AnyreachClient {
    /// Every campaign of the org, following `next_cursor` until it is null.
    public func listAllCampaigns() async throws -> [Campaign] {
        var campaigns: [Campaign] = []
        var cursor: String?
        repeat {
            let page = try await call {
                try await generated.listCampaigns(query: .init(cursor: cursor, limit: Contract.pageLimits.upperBound))
                    .ok.body.json
            }
            campaigns += page.campaigns
            cursor = page.nextCursor
        } while cursor != nil
        return campaigns
    }

    /// One campaign by UUID or external_id; nil when the org has none such.
    public func findCampaign(_ reference: String) async throws -> Campaign? {
        do {
            return try await call { try await generated.getCampaign(path: .init(id: reference)).ok.body.json }
        } catch let error as APIClientError where error.status == 404 {
            return nil
        }
    }

    /// A merge patch of the campaign's fields; `configurationID` moves it to another configuration.
    public func updateCampaign(_ reference: String, patch: CampaignPatch, configurationID: String? = nil) async throws
        -> Campaign
    {
        let body = try Components.Schemas.CampaignPatch(patch, configurationID: configurationID)
        return try await call {
            try await generated.updateCampaign(path: .init(id: reference), body: .json(body)).ok.body.json
        }
    }

    public func startCampaign(_ reference: String) async throws -> Campaign {
        try await call { try await generated.startCampaign(path: .init(id: reference)).ok.body.json }
    }

    public func pauseCampaign(_ reference: String) async throws -> Campaign {
        try await lifecycle(reference, reaching: .paused) {
            try await generated.pauseCampaign(path: .init(id: reference)).ok.body.json
        }
    }

    public func closeCampaign(_ reference: String) async throws -> Campaign {
        try await lifecycle(reference, reaching: .closed) {
            try await generated.closeCampaign(path: .init(id: reference)).ok.body.json
        }
    }

    /// A pause or close whose first attempt was committed but lost its answer meets a 400 on the
    /// retry (a paused campaign can't be paused): when an earlier attempt may have done the work,
    /// the campaign is read back, and being in the asked-for state is success.
    private func lifecycle(
        _ reference: String, reaching target: Components.Schemas.CampaignStatus,
        _ send: () async throws -> Campaign
    ) async throws -> Campaign {
        do {
            return try await call(send)
        } catch let error as APIClientError where error.status == 400 && error.attempts > 1 {
            guard let campaign = try await findCampaign(reference), campaign.status == target else { throw error }
            return campaign
        }
    }

    public func campaignStats(_ id: String) async throws -> Components.Schemas.CampaignStats {
        try await call { try await generated.getCampaignStats(path: .init(id: id)).ok.body.json }
    }
}
