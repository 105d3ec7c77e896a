import AnyreachClient
import AnyreachModel

extension SavedPlan {
    /// Checks the plan against the org behind `connection`: that it was made for this API and
    /// org, and that no object it touches changed since. Stale objects are refused, or under
    /// `.skip` left out; both throw `SavedPlanError` (`.otherTarget`, `.stale`) when refused.
    public func review(on connection: OpenConnection, policy: StalePolicy) async throws -> SavedPlanReview {
        try checkTarget(connection)
        let live = try await connection.client.readOrg(PlanReadScope(staleCheckOf: plan))
        let findings = StaleCheck(plan: plan, live: live).findings()
        guard !findings.isEmpty else { return SavedPlanReview(plan: plan) }
        guard policy == .skip else {
            let message =
                "\(findings.count) object(s) changed since the plan was made; "
                + "plan again, or pass --on-stale=skip to apply the rest"
            throw SavedPlanError(.stale, name, message, findings: findings)
        }
        let (trimmed, skipped) = plan.removingStale(findings)
        return SavedPlanReview(plan: trimmed, skipped: skipped, findings: findings)
    }

    /// A plan is for the API and org it was made against: applied to another, its creates would
    /// land in an org nobody reviewed them for. (A server started for the run gets a new port
    /// each time, so plans made against one are not held to their URL.)
    public func checkTarget(_ connection: OpenConnection) throws(SavedPlanError) {
        let scope = plan.scope
        let trimmed = { (url: String) in url.hasSuffix("/") ? String(url.dropLast()) : url }
        let sameURL = trimmed(scope.apiURL) == trimmed(connection.displayURL)
        guard !connection.isEphemeral, !sameURL || scope.org != connection.settings.org else { return }
        let target = { (url: String, org: String?) in url + (org.map { " (org \($0))" } ?? "") }
        let planned = target(scope.apiURL, scope.org)
        let now = target(connection.displayURL, connection.settings.org)
        let message = "'\(name)' was planned against \(planned), not \(now); plan again against this API"
        throw SavedPlanError(.otherTarget, name, message)
    }

    /// A plan is for the environment it was made for: its values and overlays made it, and its
    /// org is that environment's.
    public func checkEnvironment(_ environment: String?) throws(SavedPlanError) {
        guard plan.scope.environment != environment else { return }
        let named = { (environment: String?) in environment.map { "environment \($0)" } ?? "no environment" }
        let again = environment.map { "plan again with --env \($0)" } ?? "pass --env \(plan.scope.environment ?? "")"
        let message = "'\(name)' was planned for \(named(plan.scope.environment)), not \(named(environment)); \(again)"
        throw SavedPlanError(.otherEnvironment, name, message)
    }
}
