import AnyreachModel
public import CampaignManifest

/// What one reconcile run found and did: what the loop logs and counts in its metrics.
public struct ReconcileOutcome: Sendable {
    public enum Result: Sendable {
        /// The org matched the manifests; nothing was sent.
        case inSync
        /// A dry run: `drift` differences were counted and nothing was changed.
        case drifted
        /// The plan was executed (`report.succeeded` says whether all of it was).
        case applied(ApplyReport)
        /// Nothing was planned or applied.
        case failed(Failure)
    }

    public enum Failure: Sendable {
        /// The manifests don't load (`diagnostics` holds the errors).
        case manifests(errors: Int)
        /// No safe plan could be made (the mass-delete guard, an unresolvable reference).
        case plan(PlanFailure)
        /// The org could not be read.
        case api(any Error)
    }

    /// Differences between the org and the manifests seen by the run.
    public var drift = 0
    public var result: Result
    /// The manifests' warnings, and their errors when they failed to load.
    public var diagnostics: [Diagnostic] = []
    /// Each difference the run saw, one line each (`changed live: campaign "spring"`).
    public var differences: [String] = []

    init(drift: DriftReport? = nil, diagnostics: [Diagnostic] = [], result: Result) {
        self.drift = drift?.items.count ?? 0
        self.differences = drift?.items.map(\.line) ?? []
        self.diagnostics = diagnostics
        self.result = result
    }

    /// Whether the run did what it set out to.
    public var ok: Bool {
        switch result {
        case .inSync, .drifted: true
        case .applied(let report): report.succeeded
        case .failed: false
        }
    }

    public var report: ApplyReport? {
        if case .applied(let report) = result { report } else { nil }
    }

    /// One line for the log: `in sync`, `3 difference(s), dry run`, the apply summary, or the error.
    public var summary: String {
        switch result {
        case .inSync: "in sync"
        case .drifted: "\(drift) difference(s), dry run"
        case .applied(let report): report.summaryLine
        case .failed(.manifests(let errors)): "error: the manifests have \(errors) error(s); nothing was planned"
        case .failed(.plan): "error: no plan was made"
        case .failed(.api(let error)): "error: " + (Diagnostic.describing(error).first?.message ?? "\(error)")
        }
    }
}
