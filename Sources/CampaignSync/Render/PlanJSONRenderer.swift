import AnyreachAPI
import AnyreachModel
import Foundation

/// The plan as JSON for other tools (`format_version` 1, documented in docs/plan-json.md): every
/// operation with its full detail, sensitive values masked unless shown on purpose.
public struct PlanJSONRenderer: Sendable {
    public var masking: Masking

    public init(masking: Masking) {
        self.masking = masking
    }

    struct Document: Encodable {
        var formatVersion: Int
        var scope: PlanScope
        var summary: PlanSummary
        var hasChanges: Bool
        var operations: [PlanOperation]
        var unmanaged: [UnmanagedResource]
        var warnings: [PlanWarning]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", scope, summary, hasChanges = "has_changes", operations, unmanaged, warnings
        }
    }

    public func render(_ plan: Plan) -> String {
        let shown = masking.masked(plan)
        let document = Document(formatVersion: Plan.formatVersion, scope: shown.scope, summary: PlanSummary(plan), hasChanges: plan.hasChanges,
                                operations: shown.operations, unmanaged: shown.unmanaged, warnings: shown.warnings)
        return Self.encode(document)
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}

extension Masking {
    /// The plan with every sensitive value replaced by its masked stand-in.
    public func masked(_ plan: Plan) -> Plan {
        guard !showSensitive else { return plan }
        var copy = plan
        copy.operations = plan.operations.map(masked)
        return copy
    }

    private func masked(_ operation: PlanOperation) -> PlanOperation {
        var copy = operation
        copy.changes = operation.changes.map { change in
            var masked = change
            masked.before = json(change.before, sensitive: change.sensitive)
            masked.after = json(change.after, sensitive: change.sensitive)
            return masked
        }
        copy.contacts = operation.contacts.map { contact in
            var masked = contact
            masked.item = contact.item.map(maskedItem)
            masked.before = contact.before.map(maskedItem)
            return masked
        }
        if case .object(var body)? = operation.body, case .array(let items)? = body["contacts"] {
            body["contacts"] = .array(items.map(maskedItem))
            copy.body = .object(body)
        }
        return copy
    }

    private func maskedItem(_ item: JSONValue) -> JSONValue {
        guard case .object(let fields) = item else { return item }
        return .object(fields.reduce(into: [:]) { result, entry in
            result[entry.key] = json(entry.value, sensitive: FieldDiff.sensitiveFields.contains(entry.key)) ?? .null
        })
    }
}
