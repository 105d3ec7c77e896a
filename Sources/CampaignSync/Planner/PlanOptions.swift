public import CampaignManifest

/// Choices of the person running `plan`.
public struct PlanOptions: Sendable {
    /// Lets a plan delete more than the manifests' mass-delete guard allows.
    public var allowMassDelete: Bool
    /// Lets a new campaign dial many people an active campaign outside the manifests dials too.
    public var allowContactOverlap = false
    /// Refuse to prune from part of the repository (off for drift, which only looks).
    public var requiresWholeRepository = true
    public var apiURL: String
    public var org: String?
    /// `--target`: only these resources and what they need (all when empty).
    public var targets: [ResourceTarget] = []
    /// `--env`: recorded in the plan, which `apply --plan` then holds to it.
    public var environment: String?
    /// The manifests' overlapping numbers, worked out beside the read of the org; the planner
    /// works them out itself when nil.
    public var manifestOverlaps: ManifestNumberOverlaps?

    public init(allowMassDelete: Bool = false, apiURL: String, org: String? = nil) {
        self.allowMassDelete = allowMassDelete
        self.apiURL = apiURL
        self.org = org
    }
}

/// What the person running a command chose: the flags that let a plan past its guards.
public struct PlanChoices: Sendable, Hashable {
    public var allowMassDelete: Bool
    public var allowContactOverlap: Bool
    /// Planned only to be looked at (drift): contacts of campaigns outside the manifests,
    /// which only the guards need, aren't read.
    public var isDriftOnly: Bool
    /// `--target`: a partial plan of these resources and what they need (all when empty).
    public var targets: [ResourceTarget]
    /// `--env`: the environment the plan is for.
    public var environment: String? = nil

    public init(
        allowMassDelete: Bool = false, allowContactOverlap: Bool = false, isDriftOnly: Bool = false,
        targets: [ResourceTarget] = [], environment: String? = nil
    ) {
        self.allowMassDelete = allowMassDelete
        self.allowContactOverlap = allowContactOverlap
        self.isDriftOnly = isDriftOnly
        self.targets = targets
        self.environment = environment
    }
}

/// Why no plan could be made: each problem with the manifest line behind it.
public struct PlanFailure: DiagnosticConvertible, Sendable, CustomStringConvertible {
    public var problems: [Diagnostic]

    public var diagnostics: [Diagnostic] { problems + [.error(.noPlan, "no plan was made")] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
