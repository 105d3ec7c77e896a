import AnyreachAPI
public import AnyreachClient

/// Compares a saved plan with the org as it is now, object by object: anything whose live
/// fingerprint moved since planning (or that appeared or vanished) is stale.
public struct StaleCheck: Sendable {
    public struct Finding: Sendable, Hashable {
        public var operationID: String
        public var object: String
        public var reason: String
    }

    public let plan: Plan
    public let live: OrgSnapshot

    public init(plan: Plan, live: OrgSnapshot) {
        self.plan = plan
        self.live = live
    }

    /// The campaigns (external_ids) whose contacts a stale check must read, and whether ad-hoc ones.
    public static func contactScopes(of plan: Plan) -> (campaigns: Set<String>, adHoc: Bool) {
        let keys = Set(plan.operations.filter { !$0.contacts.isEmpty }.map(\.key))
        return (keys.subtracting(["default"]), keys.contains("default"))
    }

    public func findings() -> [Finding] {
        plan.operations.flatMap { operation -> [Finding] in
            switch operation.resource {
            case .configuration: configuration(operation).map { [$0] } ?? []
            case .campaign: campaign(operation).map { [$0] } ?? []
            case .concurrency: concurrency(operation).map { [$0] } ?? []
            case .contacts: []
            }
        } + plan.operations.flatMap(contacts)
    }

    private func finding(_ operation: PlanOperation, _ object: String, _ reason: String) -> Finding {
        Finding(operationID: operation.id, object: object, reason: reason)
    }

    private func configuration(_ operation: PlanOperation) -> Finding? {
        let object = "configuration \"\(operation.key)\""
        guard let id = operation.liveID else {
            let exists = live.configurations.contains { $0.externalId == operation.key }
            return exists ? finding(operation, object, "was created live since the plan was made") : nil
        }
        guard let current = live.configurations.first(where: { $0.id == id }) else { return finding(operation, object, "was deleted live") }
        return Fingerprint.of(.object(LiveCanonical.configuration(current))) == operation.liveFingerprint ? nil : finding(operation, object, "changed live")
    }

    private func campaign(_ operation: PlanOperation) -> Finding? {
        let object = "campaign \"\(operation.key)\""
        guard let id = operation.liveID else {
            let isCreate = operation.action == .create
            return isCreate && live.campaigns.contains { $0.externalId == operation.key } ? finding(operation, object, "was created live since the plan was made") : nil
        }
        guard let current = live.campaigns.first(where: { $0.id == id }) else { return finding(operation, object, "is gone") }
        return Fingerprint.of(.object(LiveCanonical.campaign(current))) == operation.liveFingerprint ? nil : finding(operation, object, "changed live (fields or status)")
    }

    private func concurrency(_ operation: PlanOperation) -> Finding? {
        Fingerprint.of(.int(Int64(live.concurrency.concurrencyLimit))) == operation.liveFingerprint ? nil
            : finding(operation, "the concurrency limit", "changed live to \(live.concurrency.concurrencyLimit)")
    }

    /// Each contact an operation touches, checked against the contact live now.
    private func contacts(_ operation: PlanOperation) -> [Finding] {
        guard !operation.contacts.isEmpty else { return [] }
        let scope = operation.key == "default" ? "default" : live.campaigns.first { $0.externalId == operation.key }?.id
        let current = scope.flatMap { live.contacts[$0] } ?? []
        let byKey = Dictionary(current.compactMap { contact in contact.externalId.map { ($0, contact) } }, uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return operation.contacts.compactMap { change in
            let now = change.externalID.flatMap { byKey[$0] } ?? change.liveID.flatMap { byID[$0] }
            let fingerprint = now.map { Fingerprint.of(.object(LiveCanonical.contact($0))) }
            guard fingerprint != change.liveFingerprint else { return nil }
            let reason = change.liveFingerprint == nil ? "was added live" : (now == nil ? "was deleted live" : "changed live")
            return finding(operation, "contact \"\(change.externalID ?? change.liveID ?? "?")\" of \"\(operation.key)\"", reason)
        }
    }
}

extension Plan {
    /// The plan without the stale objects: stale contacts leave their operations, and operations
    /// that are stale themselves (or left with no contacts) are reported as stale with a reason.
    public func removingStale(_ findings: [StaleCheck.Finding]) -> (plan: Plan, staleOperations: [String: String]) {
        var copy = self
        var staleOperations: [String: String] = [:]
        let contactFindings = Dictionary(grouping: findings.filter { $0.object.hasPrefix("contact ") }, by: \.operationID)
        for finding in findings where !finding.object.hasPrefix("contact ") {
            staleOperations[finding.operationID] = "\(finding.object) \(finding.reason)"
        }
        for index in copy.operations.indices {
            guard let stale = contactFindings[copy.operations[index].id] else { continue }
            let staleObjects = Set(stale.map(\.object))
            let key = copy.operations[index].key
            copy.operations[index].contacts.removeAll { change in
                staleObjects.contains("contact \"\(change.externalID ?? change.liveID ?? "?")\" of \"\(key)\"")
            }
            if copy.operations[index].contacts.isEmpty { staleOperations[copy.operations[index].id] = "every contact it touches changed live" }
        }
        return (copy, staleOperations)
    }
}
