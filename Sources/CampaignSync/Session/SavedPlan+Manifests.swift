public import CampaignManifest

extension SavedPlan {
    /// Holds the manifests read now (from the paths `apply --plan FILE PATH...` was given) to the
    /// digest the plan records: a file changed, added or gone since planning means the plan no
    /// longer shows what the manifests ask for (main moved on, or the pull request was rebased).
    ///
    /// Throws `ManifestsChanged` when any file differs, or when the plan records no digest; with
    /// `allowChanged`, returns the same findings as warnings instead (empty when nothing differs).
    public func checkManifests(_ now: ManifestDigest, allowChanged: Bool) throws(ManifestsChanged) -> [Diagnostic] {
        let refusal: ManifestsChanged
        if let recorded = plan.scope.manifestsDigest {
            let differences = recorded.differences(to: now)
            guard !differences.isEmpty else { return [] }
            refusal = ManifestsChanged(name: name, differences: differences)
        } else {
            refusal = ManifestsChanged(name: name, differences: nil)
        }
        guard allowChanged else { throw refusal }
        return refusal.diagnostics(.warning)
    }
}

/// The manifests given next to a saved plan are not the ones it was made from: each file that
/// differs, then why the plan is refused and what to do.
public struct ManifestsChanged: Error, Sendable, DiagnosticConvertible, CustomStringConvertible {
    /// The plan file as messages name it.
    public let name: String
    /// Each file that differs, by path; nil when the plan records no digest to compare with.
    public let differences: [ManifestDigest.Difference]?

    public var diagnostics: [Diagnostic] { diagnostics(.error) }

    public var description: String { summary(.error).message }

    func diagnostics(_ severity: Diagnostic.Severity) -> [Diagnostic] {
        (differences ?? []).map { Diagnostic(severity, .manifestsChanged, at: nil, message(for: $0)) }
            + [summary(severity)]
    }

    private func message(for difference: ManifestDigest.Difference) -> String {
        let (path, plan) = (Snippet.path(difference.path), Snippet.path(name))
        return switch difference.change {
        case .changed: "\(path) changed since \(plan) was made"
        case .added: "\(path) is read now but was not when \(plan) was made"
        case .removed: "\(path) was read when \(plan) was made but is not now (deleted, renamed or no longer named)"
        }
    }

    private func summary(_ severity: Diagnostic.Severity) -> Diagnostic {
        let plan = Snippet.path(name)
        guard let differences else {
            let message = "\(plan) records no digest of its manifests (saved by an older campaignctl)"
            return severity == .error
                ? .error(
                    .manifestsChanged, message + ", so the manifests given can't be checked against it",
                    hint: "plan again with this campaignctl, or pass --allow-changed-manifests to apply it unchecked")
                : .warning(.manifestsChanged, message + "; applying it unchecked (--allow-changed-manifests)")
        }
        let count = "\(differences.count) file(s)"
        guard severity == .error else {
            return .warning(
                .manifestsChanged,
                "applying \(plan) as reviewed although \(count) of its manifests differ (--allow-changed-manifests)")
        }
        return .error(
            .manifestsChanged,
            "\(plan) was made from other manifests than those given (\(count) differ): "
                + "it no longer shows what they ask for",
            hint: "plan again from these manifests (main moved on, or the pull request was rebased, since the "
                + "review), or pass --allow-changed-manifests to apply the reviewed plan anyway")
    }
}
