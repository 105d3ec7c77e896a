import AnyreachAPI
public import AnyreachClient
import AnyreachModel
public import CampaignManifest

/// Computes the plan: a function of the desired state and the live org, with no I/O.
public struct Planner: Sendable {
    public let desired: DesiredState
    public let live: OrgSnapshot
    public let options: PlanOptions

    public init(desired: DesiredState, live: OrgSnapshot, options: PlanOptions) {
        self.desired = desired
        self.live = live
        self.options = options
    }

    /// The ordered plan, or every reason it can't be made safely.
    public func plan() throws(PlanFailure) -> Plan {
        let builder = PlanBuilder()
        checkCoverage(builder)
        let configurations = ConfigurationPlanner(desired: desired, live: live, builder: builder)
        let index = configurations.planCreatesAndPatches()
        CampaignPlanner(desired: desired, live: live, builder: builder, configurations: index).planAll()
        planAdHocContacts(builder)
        planConcurrency(builder)
        configurations.planPrunes()
        if !options.targets.isEmpty {
            TargetSelection(targets: options.targets, desired: desired, live: live).apply(to: builder)
        }
        MassDeleteGuard(
            policy: desired.policy, live: live, allow: options.allowMassDelete,
            managed: desired.campaignNames
        ).check(builder)
        ContactOverlapCheck(
            desired: desired, live: live, allow: options.allowContactOverlap, manifestOverlaps: options.manifestOverlaps
        ).check(builder)
        guard builder.problems.isEmpty else { throw PlanFailure(problems: builder.problems) }
        return Plan(
            scope: scope, operations: builder.operations, unmanaged: builder.unmanaged, warnings: builder.warnings,
            suppressed: builder.suppressed, callingHours: desired.policy.callingHours?.hours)
    }

    /// Pruning from part of the repository would close or delete what the rest defines.
    private func checkCoverage(_ builder: PlanBuilder) {
        guard options.requiresWholeRepository, desired.policy.prunesResources, let coverage = desired.coverage,
            !coverage.isWhole
        else { return }
        builder.fail(
            .partialRepository,
            "policy prunes, but the paths given leave out \(coverage.missing.count) manifest(s) of the repository at \(Snippet.path(coverage.root)): \(Snippet.list(coverage.missing)); what they define would be closed or deleted",
            at: desired.policy.location,
            hint:
                "plan the whole repository (campaignctl plan \(coverage.root)); to change part of it, plan it all and review, or target a subset without pruning"
        )
    }

    var scope: PlanScope {
        PlanScope(
            apiURL: options.apiURL, org: options.org, manifests: desired.files,
            configurations: desired.configurations.map(\.externalID), campaigns: desired.campaigns.map(\.externalID),
            adHocContacts: desired.adHocContacts != nil, concurrency: desired.concurrency != nil,
            manifestsDigest: desired.digest,
            targets: options.targets.isEmpty ? nil : options.targets.map(\.description),
            environment: options.environment)
    }

    private func planAdHocContacts(_ builder: PlanBuilder) {
        guard let adHoc = desired.adHocContacts else { return }
        let diff = ContactDiff(
            desired: adHoc.contacts, live: live.contacts["default"] ?? LiveContacts(), prune: adHoc.prune,
            suppression: ContactSuppression(list: desired.policy.suppression, suppressed: adHoc.suppressed))
        diff.report(to: builder, key: "default")
        builder.report(SuppressionReport(key: "default", suppressed: adHoc.suppressed, live: diff.liveSuppression))
        ContactOperations(key: "default", source: adHoc.location, builder: builder).add(diff, after: [])
    }

    private func planConcurrency(_ builder: PlanBuilder) {
        guard let wanted = desired.concurrency, wanted.limit != live.concurrency.concurrencyLimit else { return }
        let current = live.concurrency.concurrencyLimit
        builder.add(
            PlanOperation(
                id: OperationID(.concurrency, ConcurrencyBody.key, .setConcurrency),
                step: .setConcurrency(limit: wanted.limit),
                key: ConcurrencyBody.key,
                changes: [
                    FieldChange(
                        field: ConcurrencyBody.key, before: current.json, after: wanted.limit.json, sensitive: false)
                ],
                source: wanted.location, liveFingerprint: Fingerprint.of(current.json)))
    }
}
