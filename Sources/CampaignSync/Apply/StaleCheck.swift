import AnyreachAPI
public import AnyreachClient
import AnyreachModel

/// Compares a saved plan with the org as it is now, object by object: anything whose live
/// fingerprint moved since planning (or that appeared or vanished) is stale.
public struct StaleCheck: Sendable {
    public struct Finding: Sendable, Hashable {
        public var operationID: OperationID
        public var object: String
        public var reason: String
        /// For a contact, its external_id (or live id): the item a skip drops from its operation.
        public var contact: String?
    }

    public let plan: Plan
    public let live: OrgSnapshot

    public init(plan: Plan, live: OrgSnapshot) {
        self.plan = plan
        self.live = live
    }

    /// The campaigns (external_ids) whose contacts a stale check must read, and whether ad-hoc ones.
    public static func contactScopes(of plan: Plan) -> (campaigns: Set<String>, adHoc: Bool) {
        let references = Set(plan.operations.filter { !$0.contacts.isEmpty }.map(\.contactsRoute))
        return (references.subtracting(["default"]), references.contains("default"))
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

    private func finding(_ operation: PlanOperation, _ object: String, _ reason: String, contact: String? = nil)
        -> Finding
    {
        Finding(operationID: operation.id, object: object, reason: reason, contact: contact)
    }

    private func configuration(_ operation: PlanOperation) -> Finding? {
        let object = "configuration \"\(operation.key)\""
        guard let id = operation.liveID else {
            let exists = live.configurations.contains { $0.externalId == operation.key }
            return exists ? finding(operation, object, "was created live since the plan was made") : nil
        }
        guard let current = live.configurations.first(where: { $0.id == id }) else {
            return finding(operation, object, "was deleted live")
        }
        return Fingerprint.of(ConfigurationState(live: current).json) == operation.liveFingerprint
            ? nil : finding(operation, object, "changed live")
    }

    private func campaign(_ operation: PlanOperation) -> Finding? {
        let object = "campaign \"\(operation.key)\""
        guard let id = operation.liveID else {
            let isCreate = operation.action == .create
            return isCreate && live.campaigns.contains { $0.externalId == operation.key }
                ? finding(operation, object, "was created live since the plan was made") : nil
        }
        guard let current = live.campaigns.first(where: { $0.id == id }) else {
            return finding(operation, object, "is gone")
        }
        return CampaignFingerprint.of(current) == operation.liveFingerprint
            ? nil : finding(operation, object, "changed live (fields or status)")
    }

    private func concurrency(_ operation: PlanOperation) -> Finding? {
        Fingerprint.of(live.concurrency.concurrencyLimit.json) == operation.liveFingerprint
            ? nil
            : finding(operation, "the concurrency limit", "changed live to \(live.concurrency.concurrencyLimit)")
    }

    /// Each contact an operation touches, checked against the contact live now.
    private func contacts(_ operation: PlanOperation) -> [Finding] {
        guard !operation.contacts.isEmpty else { return [] }
        let scope =
            operation.key == "default"
            ? "default" : operation.liveID ?? live.campaigns.first { $0.externalId == operation.key }?.id
        let current = scope.flatMap { live.contacts[$0]?.kept } ?? []
        let byKey = Dictionary(
            current.compactMap { contact in contact.externalID.map { ($0, contact) } },
            uniquingKeysWith: { first, _ in first })
        let byID = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return operation.contacts.compactMap { change in
            let now = change.externalID.flatMap { byKey[$0] } ?? change.liveID.flatMap { byID[$0] }
            let fingerprint = now.map { Fingerprint.text($0.state.fingerprint) }
            guard fingerprint != change.liveFingerprint else { return nil }
            let reason =
                change.liveFingerprint == nil ? "was added live" : (now == nil ? "was deleted live" : "changed live")
            let key = change.externalID ?? change.liveID ?? "?"
            return finding(operation, "contact \"\(key)\" of \"\(operation.key)\"", reason, contact: key)
        }
    }
}

extension Plan {
    /// What `--on-stale=skip` leaves out of a plan: operations with the reason, and contacts.
    public struct StaleSkips: Sendable {
        /// Operation id → why it is stale (itself, or every contact it touches).
        public var operations: [OperationID: String] = [:]
        /// Contacts dropped from operations that otherwise run, for the report.
        public var contacts: [ApplyReport.ContactNote] = []

        public init() {}
    }

    /// The plan without the stale objects: stale contacts leave their operations, and operations
    /// that are stale themselves (or left with no contacts) are reported as stale with a reason.
    public func removingStale(_ findings: [StaleCheck.Finding]) -> (plan: Plan, skipped: StaleSkips) {
        var copy = self
        var skipped = StaleSkips()
        for finding in findings where finding.contact == nil {
            skipped.operations[finding.operationID] = "\(finding.object) \(finding.reason)"
        }
        let contactFindings = Dictionary(grouping: findings.filter { $0.contact != nil }, by: \.operationID)
        for index in copy.operations.indices {
            guard let stale = contactFindings[copy.operations[index].id] else { continue }
            skipped.contacts += copy.operations[index].removeContacts(stale)
            if copy.operations[index].contacts.isEmpty {
                skipped.operations[copy.operations[index].id] = "every contact it touches changed live"
            }
        }
        return (copy, skipped)
    }
}

extension PlanOperation {
    /// Drops the contacts the findings name; returns a note for each, for the report.
    mutating func removeContacts(_ findings: [StaleCheck.Finding]) -> [ApplyReport.ContactNote] {
        let reasons = Dictionary(
            findings.compactMap { finding in finding.contact.map { ($0, finding.reason) } },
            uniquingKeysWith: { first, _ in first })
        let (key, source) = (self.key, self.source)
        let dropped = contacts.filter { reasons[$0.externalID ?? $0.liveID ?? "?"] != nil }
        contacts.removeAll { reasons[$0.externalID ?? $0.liveID ?? "?"] != nil }
        return dropped.map { change in
            let reason = reasons[change.externalID ?? change.liveID ?? "?"] ?? "changed live"
            return ApplyReport.ContactNote(
                campaign: key, externalID: change.externalID ?? change.liveID,
                message: "skipped as stale: it \(reason) since the plan was made", source: change.source ?? source,
                isFailure: false)
        }
    }
}
