public import AnyreachAPI
public import AnyreachModel

/// Creates that never make a duplicate: when the answer to a create is lost (no answer, a 5xx)
/// or the API says it already exists (409), the resource is looked up by its external_id before
/// anything is sent again.
extension AnyreachClient {
    public func createCampaign(_ body: Components.Schemas.CampaignCreate) async throws -> Campaign {
        try await createOnce(externalID: body.externalId, find: { try await self.findCampaign($0) }) {
            try await self.call { try await self.generated.createCampaign(body: .json(body)).ok.body.json }
        }
    }

    /// A campaign from the plan's payload, with its configuration's UUID and inline contacts (up
    /// to 5,000, so the body is written straight from the items, as an upsert's is).
    public func createCampaign(_ create: CampaignCreate, configurationID: String, items: [ContactUpsert]) async throws
        -> Campaign
    {
        let body = try RequestBodyWriter.campaignCreateBody(create, configurationID: configurationID, items: items)
        return try await call(repeatable: items.allSatisfy(\.isRepeatable)) {
            try await createOnce(externalID: create.externalID, find: { try await self.findCampaign($0) }) {
                try await self.post(
                    "/campaign/campaigns", json: body, operationID: Operations.CreateCampaign.id, answer: Campaign.self)
            }
        }
    }

    public func createConfiguration(externalID: String, state: ConfigurationState) async throws -> Configuration {
        try await createConfiguration(Components.Schemas.ConfigurationCreate(externalID: externalID, state: state))
    }

    public func createConfiguration(_ body: Components.Schemas.ConfigurationCreate) async throws -> Configuration {
        try await createOnce(
            externalID: body.externalId,
            find: { id in try await self.listConfigurations().first { $0.externalId == id } }
        ) {
            try await self.call { try await self.generated.createConfiguration(body: .json(body)).ok.body.json }
        }
    }

    private func createOnce<T: Sendable>(
        externalID: String?, find: (String) async throws -> T?, create: () async throws -> T
    ) async throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await create()
            } catch let error as APIClientError {
                guard let externalID, Self.mayHaveHappened(error) else { throw error }
                if let existing = try await find(externalID) { return existing }
                guard error.status != 409, attempt < settings.retry.maxAttempts else { throw error }
                try await Task.sleep(
                    for: settings.retry.delay(afterAttempt: attempt, retryAfter: nil, random: .random(in: 0...1)))
            }
        }
    }

    /// Whether a failed create may have been committed, or found something already there.
    static func mayHaveHappened(_ error: APIClientError) -> Bool {
        switch error.status {
        case nil, 409?: true
        case let status?: RetryPolicy.retryableStatuses.contains(status) || status >= 500
        }
    }
}
