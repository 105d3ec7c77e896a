import AnyreachAPI
import AnyreachModel
import AnyreachClient

/// Start, pause or close, made idempotent: when a retried call meets the state it was asked for
/// (its first answer was lost), the 400 the API gives is success.
struct LifecycleCall {
    let client: AnyreachClient

    func run(_ operation: PlanOperation) async throws {
        do {
            switch operation.action {
            case .start: _ = try await client.startCampaign(operation.key)
            case .pause: _ = try await client.pauseCampaign(operation.key)
            default: _ = try await client.closeCampaign(operation.key)
            }
        } catch let error as APIClientError where error.status == 400 {
            guard let campaign = try await client.findCampaign(operation.key), campaign.status.rawValue == target(operation.action) else { throw error }
        }
    }

    private func target(_ action: PlanAction) -> String {
        switch action {
        case .start: "active"
        case .pause: "paused"
        default: "closed"
        }
    }
}
