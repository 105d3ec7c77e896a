/// What `apply --plan` does with objects that changed live since the plan was made.
public enum StalePolicy: String, Sendable, CaseIterable {
    /// Apply nothing: the reviewed plan no longer describes what it would do.
    case refuse
    /// Apply the rest and report what was left out.
    case skip
}

/// A saved plan checked against the org as it is now, ready for the executor.
public struct SavedPlanReview: Sendable {
    /// The plan to execute: the saved one, less what was found stale under `.skip`.
    public var plan: Plan
    /// What was left out, for the executor's report.
    public var skipped: Plan.StaleSkips
    /// Every object that changed live (empty when nothing did).
    public var findings: [StaleCheck.Finding]

    public init(plan: Plan, skipped: Plan.StaleSkips = .init(), findings: [StaleCheck.Finding] = []) {
        self.plan = plan
        self.skipped = skipped
        self.findings = findings
    }
}
