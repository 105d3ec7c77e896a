import AnyreachAPI
import AnyreachModel
import AnyreachClient
import CampaignManifest

/// Accumulates a plan while the planner walks the resources.
final class PlanBuilder {
    private(set) var operations: [PlanOperation] = []
    private(set) var unmanaged: [UnmanagedResource] = []
    private(set) var warnings: [PlanWarning] = []
    private(set) var problems: [PlanFailure.Problem] = []

    /// Adds an operation and returns its id, for later operations to depend on.
    @discardableResult
    func add(_ operation: PlanOperation) -> String {
        operations.append(operation)
        return operation.id
    }

    func addUnmanaged(_ resource: ResourceKind, key: String, detail: String? = nil) {
        unmanaged.append(UnmanagedResource(resource: resource, key: key, detail: detail))
    }

    func warn(_ message: String, at source: SourceLocation? = nil) {
        warnings.append(PlanWarning(message: message, source: source))
    }

    func fail(_ message: String, at source: SourceLocation?) {
        problems.append(PlanFailure.Problem(message: message, source: source))
    }

    /// Operations whose id starts with `prefix`.
    func ids(withPrefix prefix: String) -> [String] {
        operations.map(\.id).filter { $0.hasPrefix(prefix) }
    }
}

/// Field-level differences of two canonical objects, as dotted paths.
enum FieldDiff {
    static let sensitiveFields: Set<String> = ["phone_numbers", "data", "agent_number", "agent_config", "initial_context"]

    static func changes(from before: [String: JSONValue]?, to after: [String: JSONValue], prefix: String = "") -> [FieldChange] {
        after.keys.sorted().flatMap { key -> [FieldChange] in
            let old = before?[key], new = after[key]!
            if old == new { return [] }
            if case .object(let newObject) = new, !sensitiveFields.contains(key) {
                if case .object(let oldObject)? = old { return changes(from: oldObject, to: newObject, prefix: prefix + key + ".") }
                if old == nil { return changes(from: nil, to: newObject, prefix: prefix + key + ".") }
            }
            return [FieldChange(field: prefix + key, before: old, after: new, sensitive: sensitiveFields.contains(key))]
        }
    }
}
