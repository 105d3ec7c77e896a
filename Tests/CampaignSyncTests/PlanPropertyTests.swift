import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import TestSupport
import Testing

/// Generated manifests against generated orgs: the plan, executed operation by operation on an
/// in-memory model of the contract in an order its dependencies allow (as apply may, running
/// independent operations side by side), yields the manifests' org; planned again, nothing is
/// left but deletes still deferred. Along the way no campaign that should be paused or closed is
/// ever active while holding contacts the plan gave it, and a fresh plan is never stale.
///
/// `PLAN_PROPERTY_SEED=<n>` runs one case, to replay a failure.
@Suite struct PlanPropertyTests {
    static let baseSeed: UInt64 = 0x5EED_CA11
    static let shards = 8
    static let casesPerShard = 32

    /// What happened to one case.
    enum Outcome {
        case applied, refused, failed
    }

    @Test(arguments: 0..<shards)
    func aPlanExecutedStepByStepYieldsTheManifests(shard: Int) throws {
        let seeds: [UInt64] =
            if let only = ProcessInfo.processInfo.environment["PLAN_PROPERTY_SEED"].flatMap(UInt64.init) {
                shard == 0 ? [only] : []
            } else {
                (0..<Self.casesPerShard).map { Self.baseSeed &+ UInt64(shard * Self.casesPerShard + $0) }
            }
        var outcomes: [Outcome] = []
        for seed in seeds {
            outcomes.append(check(PlanCaseGenerator.makeCase(seed: seed)))
        }
        #expect(!outcomes.contains { if case .failed = $0 { true } else { false } })
        // Most cases must plan: refusals are the closed-campaign rule, not the norm.
        let applied = outcomes.filter { if case .applied = $0 { true } else { false } }.count
        #expect(seeds.count < 4 || applied * 2 >= seeds.count, "only \(applied) of \(seeds.count) cases planned")
    }

    func check(_ generated: GeneratedCase) -> Outcome {
        let oracle = PlanOracle(desired: generated.desired, before: generated.org)
        let conflicts = oracle.closedConflicts
        let live = Fixtures.live(generated.org, for: generated.desired)
        let plan: Plan
        do {
            plan = try Fixtures.plan(generated.desired, live, allowMassDelete: true)
        } catch {
            return refusal(error, expected: conflicts, seed: generated.seed)
        }
        guard samePlan(plan, Fixtures.liveAsPlanned(generated.org, for: generated.desired), generated) else {
            return .failed
        }
        guard conflicts.isEmpty else {
            Issue.record("seed \(generated.seed): planned although \(conflicts) are closed live and would change")
            return .failed
        }
        // The fingerprints recorded are those of the org planned against: nothing is stale yet.
        let stale = StaleCheck(plan: plan, live: live).findings()
        guard stale.isEmpty else {
            Issue.record(
                "seed \(generated.seed): fresh plan found stale: \(stale.prefix(3).map { "\($0.operationID): \($0.object) \($0.reason)" })"
            )
            return .failed
        }
        guard let after = execute(plan, generated) else { return .failed }
        let problems = oracle.problems(after: after)
        guard problems.isEmpty else {
            Issue.record("seed \(generated.seed): after the plan \(problems.prefix(5))\nplan: \(plan.ids)")
            return .failed
        }
        return replanIsEmpty(generated, after) ? .applied : .failed
    }

    /// The plan made from a read that kept only the contacts differing from the manifests is
    /// the plan made from every contact, byte for byte.
    private func samePlan(_ plan: Plan, _ streamed: OrgSnapshot, _ generated: GeneratedCase) -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let other = try? Fixtures.plan(generated.desired, streamed, allowMassDelete: true)
        guard let other, let one = try? encoder.encode(plan), let two = try? encoder.encode(other), one == two else {
            Issue.record("seed \(generated.seed): planned from the contacts a plan keeps, the plan differs")
            return false
        }
        return true
    }

    private func refusal(_ failure: PlanFailure, expected conflicts: [String], seed: UInt64) -> Outcome {
        let named = conflicts.allSatisfy { failure.description.contains("'\($0)'") }
        guard !conflicts.isEmpty, named,
            failure.problems.allSatisfy({ $0.kind == .closedCampaign && $0.location != nil })
        else {
            Issue.record("seed \(seed): plan refused \(failure); closed conflicts expected: \(conflicts)")
            return .failed
        }
        return .refused
    }

    /// Runs the plan in a random order its dependencies allow, checking each step.
    private func execute(_ plan: Plan, _ generated: GeneratedCase) -> ContractModel? {
        var random = SeededRandom(seed: generated.seed ^ 0xD1CE)
        var model = generated.org
        var done = Set<OperationID>()
        var written: [String: Set<String>] = [:]
        var remaining = plan.operations
        let known = Set(plan.operations.map(\.id))
        while !remaining.isEmpty {
            let ready = remaining.indices.filter { remaining[$0].dependsOn.allSatisfy(done.contains) }
            guard !ready.isEmpty else {
                Issue.record(
                    "seed \(generated.seed): operations wait on nothing that can run: \(remaining.map(\.id)); unknown: \(remaining.flatMap(\.dependsOn).filter { !known.contains($0) })"
                )
                return nil
            }
            let operation = remaining.remove(at: random.pick(ready))
            do {
                try model.execute(operation)
            } catch {
                Issue.record(
                    "seed \(generated.seed): \(operation.id) refused by the contract: \(error)\nplan: \(plan.ids)")
                return nil
            }
            done.insert(operation.id)
            for change in operation.contacts where change.kind == .add || change.kind == .update {
                written[operation.key, default: []].insert(change.externalID ?? "?")
            }
            if let problem = unsafeCampaign(model, written, generated.desired) {
                Issue.record("seed \(generated.seed): after \(operation.id), \(problem)")
                return nil
            }
        }
        return model
    }

    /// A campaign the manifests want paused or closed that is active while holding contacts this
    /// plan gave it: the dialer could call them.
    private func unsafeCampaign(_ model: ContractModel, _ written: [String: Set<String>], _ desired: DesiredState)
        -> String?
    {
        for spec in desired.campaigns where spec.status != .active {
            if model.campaign(externalID: spec.externalID)?.status == .active, let given = written[spec.externalID],
                !given.isEmpty
            {
                return
                    "campaign \(spec.externalID) (to be \(spec.status.rawValue)) is active holding \(given.count) contact(s) the plan gave it"
            }
        }
        return nil
    }

    /// Planned again against the result: only deletes still waiting on a call remain.
    private func replanIsEmpty(_ generated: GeneratedCase, _ after: ContractModel) -> Bool {
        do {
            let again = try Fixtures.plan(
                generated.desired, Fixtures.live(after, for: generated.desired), allowMassDelete: true)
            let left = again.operations.filter {
                $0.action != .deleteContacts || $0.contacts.contains { $0.kind != .deferredDelete }
            }
            guard left.isEmpty else {
                Issue.record(
                    "seed \(generated.seed): planned again, \(left.map(\.id)) remain: \(left.flatMap(\.changes).map(\.field)) \(left.flatMap(\.contacts).map(\.fields))"
                )
                return false
            }
            return true
        } catch {
            Issue.record("seed \(generated.seed): planning again failed: \(error)")
            return false
        }
    }
}
