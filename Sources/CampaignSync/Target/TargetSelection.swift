import AnyreachAPI
import AnyreachClient
import AnyreachModel
public import CampaignManifest

/// Cuts a whole plan down to `--target`: the operations on the targeted resources and,
/// transitively, the operations they depend on (a new campaign's configuration, a campaign's
/// create before its contacts). Nothing else stays, so no prune reaches outside the targets,
/// whatever the manifests' policy; the guards then judge only what is left.
struct TargetSelection {
    let targets: [ResourceTarget]
    let desired: DesiredState
    let live: OrgSnapshot

    func apply(to builder: PlanBuilder) {
        for problem in UnknownTargets.diagnostics(targets, desired: desired, live: live, doing: "nothing was planned") {
            builder.fail(problem.kind, problem.message, at: nil, hint: problem.hint)
        }
        let operations = builder.operations
        var kept = Set(operations.filter(isTargeted).map(\.id))
        var pending = Array(kept)
        let dependencies = Dictionary(operations.map { ($0.id, $0.dependsOn) }) { first, _ in first }
        while let id = pending.popLast() {
            for dependency in dependencies[id] ?? [] where kept.insert(dependency).inserted {
                pending.append(dependency)
            }
        }
        builder.retain { kept.contains($0.id) }
        builder.retainUnmanaged { resource in
            targets.contains { $0.selects(resource.resource, names: [resource.key]) }
        }
        builder.retainSuppressed { report in targets.contains { $0.selects(.contacts, names: [report.key]) } }
    }

    private func isTargeted(_ operation: PlanOperation) -> Bool {
        let names = [operation.key] + (operation.liveID.map { [$0] } ?? [])
        return targets.contains { $0.selects(operation.resource, names: names) }
    }
}

/// Targets that name no resource of the manifests (when given) or of the org: each is an error
/// with the closest name, since a plan or an export of nothing is a typo, not a success.
public enum UnknownTargets {
    public static func diagnostics(
        _ targets: [ResourceTarget], desired: DesiredState?, live: OrgSnapshot, doing: String
    ) -> [Diagnostic] {
        targets.compactMap { target in
            let names = candidates(for: target.kind, desired: desired, live: live)
            return target.matches(names) ? nil : unknown(target, names: names, desired: desired, doing: doing)
        }
    }

    static func candidates(for kind: ResourceTarget.Kind, desired: DesiredState?, live: OrgSnapshot) -> [String] {
        switch kind {
        case .configuration:
            (desired?.configurations.map(\.externalID) ?? [])
                + live.configurations.flatMap(\.names)
        case .campaign, .contacts:
            Array(desired?.campaignNames ?? []) + live.campaigns.flatMap(\.names)
        case .adhoc, .concurrency: ["*"]
        }
    }

    private static func unknown(_ target: ResourceTarget, names: [String], desired: DesiredState?, doing: String)
        -> Diagnostic
    {
        let meant = DidYouMean.suggestion(
            for: target.pattern, among: names.filter { !ExternalIDRules.isUUIDShaped($0) })
        let place = desired == nil ? "the org" : "the manifests or the org"
        return .error(
            .unknownResource,
            "--target \(Snippet(target.description)) matches no \(target.kind.rawValue) of \(place)\(meant.map { " (did you mean \(target.kind.rawValue)/\($0)?)" } ?? ""); \(doing)",
            hint: "targets are KIND/KEY with KEY an external_id (or a UUID), globs allowed: campaign/spring-*")
    }
}
