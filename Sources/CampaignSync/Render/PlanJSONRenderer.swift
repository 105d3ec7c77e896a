import AnyreachAPI
import AnyreachModel
import Foundation
import ScheduleRules

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
        var suppressed: [SuppressionReport]
        var callingHours: CallingHours?

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case scope, summary
            case hasChanges = "has_changes"
            case operations, unmanaged, warnings, suppressed
            case callingHours = "calling_hours"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(formatVersion, forKey: .formatVersion)
            try container.encode(scope, forKey: .scope)
            try container.encode(summary, forKey: .summary)
            try container.encode(hasChanges, forKey: .hasChanges)
            try container.encode(operations, forKey: .operations)
            try container.encode(unmanaged, forKey: .unmanaged)
            try container.encode(warnings, forKey: .warnings)
            // Only with a suppression list, or a calling-hours policy: plans without read as before.
            if !suppressed.isEmpty { try container.encode(suppressed, forKey: .suppressed) }
            try container.encodeIfPresent(callingHours, forKey: .callingHours)
        }
    }

    public func render(_ plan: Plan) -> String {
        let document = Document(
            formatVersion: Plan.formatVersion, scope: plan.scope, summary: PlanSummary(plan),
            hasChanges: plan.hasChanges,
            operations: plan.operations, unmanaged: plan.unmanaged, warnings: plan.warnings.map(PlanWarning.init),
            suppressed: plan.suppressed, callingHours: plan.callingHours)
        guard let json = try? JSONValue.parse(JSONEncoder().encode(document)) else { return "{}\n" }
        return Self.encode(masking.masked(document: json))
    }

    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}

extension Masking {
    /// The plan document with every sensitive value replaced by its masked stand-in: changes the
    /// field table marks sensitive, and the personal fields of contact items and their `before`.
    func masked(document: JSONValue) -> JSONValue {
        guard !showSensitive, case .object(var object) = document, case .array(let operations)? = object["operations"]
        else {
            return document
        }
        object["operations"] = .array(operations.map(masked(operation:)))
        object["suppressed"] = object["suppressed"].map { mapArray($0, maskedSuppression) }
        return .object(object)
    }

    private func masked(operation: JSONValue) -> JSONValue {
        guard case .object(var object) = operation else { return operation }
        object["changes"] = object["changes"].map { mapArray($0, maskedChange) }
        object["contacts"] = object["contacts"].map {
            mapArray($0) { contact in
                guard case .object(var fields) = contact else { return contact }
                fields["item"] = fields["item"].map(maskedItem)
                fields["before"] = fields["before"].map(maskedItem)
                return .object(fields)
            }
        }
        if case .object(var body)? = object["body"], let items = body["contacts"] {
            body["contacts"] = mapArray(items, maskedItem)
            object["body"] = .object(body)
        }
        return .object(object)
    }

    /// A suppression report's withheld contacts with their numbers masked.
    private func maskedSuppression(_ report: JSONValue) -> JSONValue {
        guard case .object(var fields) = report, let withheld = fields["withheld"] else { return report }
        fields["withheld"] = mapArray(withheld) { contact in
            guard case .object(var contact) = contact else { return contact }
            contact["phone_numbers"] = json(contact["phone_numbers"], sensitive: true)
            return .object(contact)
        }
        return .object(fields)
    }

    private func maskedChange(_ change: JSONValue) -> JSONValue {
        guard case .object(var fields) = change, fields["sensitive"] == .bool(true) else { return change }
        fields["before"] = json(fields["before"], sensitive: true)
        fields["after"] = json(fields["after"], sensitive: true)
        return .object(fields)
    }

    private func maskedItem(_ item: JSONValue) -> JSONValue {
        guard case .object(let fields) = item else { return item }
        return .object(
            fields.reduce(into: [:]) { result, entry in
                result[entry.key] =
                    json(entry.value, sensitive: ContactState.sensitivePaths.contains(entry.key)) ?? .null
            })
    }

    private func mapArray(_ value: JSONValue, _ transform: (JSONValue) -> JSONValue) -> JSONValue {
        guard case .array(let items) = value else { return value }
        return .array(items.map(transform))
    }
}
