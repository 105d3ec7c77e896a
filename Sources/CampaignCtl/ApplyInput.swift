import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync

/// What `apply` executes: a plan made now from the manifests, or a saved plan as reviewed.
enum ApplyInput {
    case manifests(DesiredState, PlanChoices)
    case saved(SavedPlan, policy: StalePolicy)

    /// Reads the saved plan before anything connects: a missing or foreign file ends the run in
    /// one diagnostic, before an emulator starts or the org is read.
    static func saved(path: String, policy: StalePolicy) throws -> ApplyInput {
        .saved(try SavedPlan(decoding: PlanFile.read(path), name: path), policy: policy)
    }

    /// The plan to execute and what was left out of it as stale.
    func plan(on connection: OpenConnection) async throws -> SavedPlanReview {
        switch self {
        case .manifests(let desired, let choices):
            let plan = try await connection.planOrExit(desired, choices)
            return SavedPlanReview(plan: plan)
        case .saved(let saved, let policy):
            return try await Self.review(saved, policy: policy, on: connection)
        }
    }

    /// The saved plan checked against the org, each stale object named on stderr.
    private static func review(_ saved: SavedPlan, policy: StalePolicy, on connection: OpenConnection) async throws
        -> SavedPlanReview
    {
        let review = try await saved.review(on: connection, policy: policy)
        Console.report(review.findings.map { $0.diagnostic(.warning) }, limitPerKind: 50)
        if !review.findings.isEmpty {
            Console.status("skipping \(review.findings.count) stale object(s); applying the rest")
        }
        return review
    }
}
