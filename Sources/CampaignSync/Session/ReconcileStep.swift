import AnyreachModel
public import CampaignManifest

/// One run of `reconcile`: load the manifests, plan against the org, and apply the plan (or, on
/// a dry run, only count the drift). It never throws: a run that fails says why in its outcome,
/// and the loop goes on to the next.
public struct ReconcileStep: Sendable {
    public var loader: ManifestLoader
    public var paths: [String]
    public var allowMassDelete: Bool
    public var dryRun: Bool

    public init(loader: ManifestLoader, paths: [String], allowMassDelete: Bool = false, dryRun: Bool = false) {
        self.loader = loader
        self.paths = paths
        self.allowMassDelete = allowMassDelete
        self.dryRun = dryRun
    }

    /// Loads the manifests afresh (they may have changed since the last run) and reconciles.
    public func run(on connection: OpenConnection, control: ApplyControl = ApplyControl()) async -> ReconcileOutcome {
        let loaded = loader.load(paths: paths)
        guard let desired = loaded.state else {
            let failure = ReconcileOutcome.Failure.manifests(errors: loaded.errors.count)
            return ReconcileOutcome(diagnostics: loaded.diagnostics, result: .failed(failure))
        }
        var outcome = await reconcile(desired, on: connection, control: control)
        outcome.diagnostics = loaded.diagnostics
        return outcome
    }

    private func reconcile(_ desired: DesiredState, on connection: OpenConnection, control: ApplyControl) async
        -> ReconcileOutcome
    {
        do {
            // A dry run plans with every prune on, as drift does, so that it counts what an apply
            // with pruning would remove.
            let choices = PlanChoices(
                allowMassDelete: allowMassDelete, allowContactOverlap: dryRun, isDriftOnly: dryRun)
            let plan = try await connection.plan(dryRun ? desired.pruningEverything : desired, options: choices)
            let drift = DriftClassifier.report(for: plan)
            if dryRun { return ReconcileOutcome(drift: drift, result: .drifted) }
            guard plan.hasChanges else { return ReconcileOutcome(drift: drift, result: .inSync) }
            let report = await PlanExecutor(
                client: connection.client, plan: plan, control: control, failFast: false,
                progress: ApplyProgress(plan: plan)
            ).execute()
            return ReconcileOutcome(drift: drift, result: .applied(report))
        } catch let failure as PlanFailure {
            return ReconcileOutcome(result: .failed(.plan(failure)))
        } catch {
            return ReconcileOutcome(result: .failed(.api(error)))
        }
    }
}
