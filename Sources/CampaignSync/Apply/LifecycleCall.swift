import AnyreachAPI
import AnyreachClient
import AnyreachModel

/// Start, pause or close, made idempotent: when a retried call meets the state it was asked for
/// (its first answer was lost), the 400 the API gives is success.
struct LifecycleCall {
    let client: AnyreachClient

    func run(_ operation: PlanOperation) async throws {
        guard let target = operation.step.reachedStatus else {
            throw ApplyError("operation \(operation.id) is not a lifecycle call")
        }
        do {
            switch target {
            case .active: _ = try await client.startCampaign(operation.key)
            case .paused: _ = try await client.pauseCampaign(operation.key)
            case .closed: _ = try await client.closeCampaign(operation.key)
            }
        } catch let error as APIClientError where error.status == 400 {
            guard let campaign = try await client.findCampaign(operation.key),
                campaign.status.rawValue == target.rawValue
            else {
                throw error
            }
        }
    }
}
