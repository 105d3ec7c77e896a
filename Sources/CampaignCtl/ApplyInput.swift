import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync

/// What `apply` executes: a plan made now from the manifests, or a saved plan as reviewed.
enum ApplyInput {
    case manifests(DesiredState, PlanChoices)
    case saved(SavedPlan, policy: StalePolicy)

    /// Reads the saved plan, and holds the manifests given to it, before anything connects: a
    /// missing or foreign file, or manifests other than those planned, end the run before an
    /// emulator starts or the org is read. `manifests` is the digest of the manifests given next
    /// to the plan, read now (nil when none were given).
    static func saved(
        path: String, policy: StalePolicy, manifests: ManifestDigest?, allowChanged: Bool, environment: String?
    ) throws -> ApplyInput {
        let saved = try SavedPlan(decoding: PlanFile.read(path), name: path)
        try saved.checkEnvironment(environment)
        if let manifests {
            let warnings = try saved.checkManifests(manifests, allowChanged: allowChanged)
            Console.report(warnings, limitPerKind: 50)
            if warnings.isEmpty {
                Console.status(
                    "the manifests given are those \(Snippet.path(path)) was made from (\(manifests.files.count) files)"
                )
            }
        }
        return .saved(saved, policy: policy)
    }

    /// Where `--env` is looked up: the paths given, else (a saved plan applied alone) the
    /// manifests the plan was made from.
    func environmentSearchPaths(_ paths: [String]) -> [String] {
        guard paths.isEmpty, case .saved(let saved, _) = self, let first = saved.plan.scope.manifests.first else {
            return paths
        }
        return [first]
    }

    /// The plan to execute and what was left out of it as stale; `ahead`: contact pages read
    /// while the manifests loaded.
    func plan(on connection: OpenConnection, ahead: ContactReadAhead = ContactReadAhead()) async throws
        -> SavedPlanReview
    {
        switch self {
        case .manifests(let desired, let choices):
            let plan = try await connection.planOrExit(desired, choices, ahead: ahead)
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
