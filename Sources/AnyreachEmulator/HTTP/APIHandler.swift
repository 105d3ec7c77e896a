import AnyreachAPI
import AnyreachModel
import OpenAPIRuntime

/// The generated server protocol, implemented by mapping each operation onto `EmulatorStore`.
///
/// Bodies are read from the raw request (`RequestScope.rawBody`), not from the decoded input: the
/// generated structs can't keep an absent field apart from a null one (§10). The generated layer
/// still decodes them first, which rejects wrongly typed bodies with a located 422.
struct APIHandler: APIProtocol {
    let store: EmulatorStore

    var org: String { RequestScope.org }

    func rawBody() throws -> JSONValue {
        do {
            return try JSONValue.parse(RequestScope.rawBody)
        } catch {
            throw APIError.invalid([.key("body")], "the body is not valid JSON", type: "value_error.json")
        }
    }

    /// The `limit` of a list route: default 50, 1–200 (§8).
    static func pageLimit(_ limit: Int?) throws -> Int {
        let limit = limit ?? Contract.defaultPageLimit
        guard Contract.pageLimits.contains(limit) else {
            throw APIError.invalid(
                [.key("query"), .key("limit")], "limit must be between 1 and 200 (got \(limit))",
                type: "value_error.number.range")
        }
        return limit
    }

    // MARK: Campaigns

    func listCampaigns(_ input: Operations.ListCampaigns.Input) async throws -> Operations.ListCampaigns.Output {
        let query = input.query
        let page = try await store.listCampaigns(
            org: org, cursor: query.cursor, limit: Self.pageLimit(query.limit),
            name: query.name, statuses: (query.status ?? []).map(\.rawValue))
        return .ok(.init(body: .json(.init(campaigns: page.campaigns.map(\.wire), nextCursor: page.nextCursor))))
    }

    func createCampaign(_ input: Operations.CreateCampaign.Input) async throws -> Operations.CreateCampaign.Output {
        .ok(.init(body: .json(try await store.createCampaign(org: org, body: rawBody()).wire)))
    }

    func getCampaign(_ input: Operations.GetCampaign.Input) async throws -> Operations.GetCampaign.Output {
        .ok(.init(body: .json(try await store.campaign(org: org, reference: input.path.id).wire)))
    }

    func updateCampaign(_ input: Operations.UpdateCampaign.Input) async throws -> Operations.UpdateCampaign.Output {
        .ok(.init(body: .json(try await store.patchCampaign(org: org, reference: input.path.id, body: rawBody()).wire)))
    }

    func startCampaign(_ input: Operations.StartCampaign.Input) async throws -> Operations.StartCampaign.Output {
        .ok(.init(body: .json(try await store.transition(org: org, reference: input.path.id, action: .start).wire)))
    }

    func pauseCampaign(_ input: Operations.PauseCampaign.Input) async throws -> Operations.PauseCampaign.Output {
        .ok(.init(body: .json(try await store.transition(org: org, reference: input.path.id, action: .pause).wire)))
    }

    func closeCampaign(_ input: Operations.CloseCampaign.Input) async throws -> Operations.CloseCampaign.Output {
        .ok(.init(body: .json(try await store.transition(org: org, reference: input.path.id, action: .close).wire)))
    }

    func getCampaignStats(_ input: Operations.GetCampaignStats.Input) async throws -> Operations.GetCampaignStats.Output
    {
        .ok(.init(body: .json(try await store.stats(org: org, campaignID: input.path.id).wire)))
    }
}
