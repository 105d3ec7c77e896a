import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// Accumulates a plan while the planner walks the resources.
final class PlanBuilder {
    private(set) var operations: [PlanOperation] = []
    private(set) var unmanaged: [UnmanagedResource] = []
    private(set) var warnings: [Diagnostic] = []
    private(set) var problems: [Diagnostic] = []
    private(set) var suppressed: [SuppressionReport] = []

    /// Adds an operation and returns its id, for later operations to depend on.
    @discardableResult
    func add(_ operation: PlanOperation) -> OperationID {
        operations.append(operation)
        return operation.id
    }

    func addUnmanaged(_ resource: ResourceKind, key: String, detail: String? = nil) {
        unmanaged.append(UnmanagedResource(resource: resource, key: key, detail: detail))
    }

    /// What suppression did to one campaign's contacts, when it did anything.
    func report(_ suppression: SuppressionReport) {
        if !suppression.isEmpty { suppressed.append(suppression) }
    }

    func warn(_ kind: Diagnostic.Kind, _ message: String, at source: SourceLocation?, hint: String? = nil) {
        warnings.append(.warning(kind, at: source, message, hint: hint))
    }

    func fail(_ kind: Diagnostic.Kind, _ message: String, at source: SourceLocation?, hint: String? = nil) {
        problems.append(.error(kind, at: source, message, hint: hint))
    }

    /// Drops the operations `keep` refuses (a targeted plan), keeping the order of the rest.
    func retain(_ keep: (PlanOperation) -> Bool) {
        operations = operations.filter(keep)
    }

    func retainUnmanaged(_ keep: (UnmanagedResource) -> Bool) {
        unmanaged = unmanaged.filter(keep)
    }

    func retainSuppressed(_ keep: (SuppressionReport) -> Bool) {
        suppressed = suppressed.filter(keep)
    }

    /// The operations on one kind of resource so far.
    func ids(of resource: ResourceKind) -> [OperationID] {
        operations.map(\.id).filter { $0.resource == resource }
    }
}
