import Yams

/// Which CSV column feeds which contact field; `data` keys may ask for typed values.
struct CSVColumns: Hashable, Sendable {
    enum ValueType: String, Hashable, Sendable, CaseIterable {
        case string, integer, number, boolean
    }

    struct DataColumn: Hashable, Sendable {
        var key: String
        var column: String
        var type: ValueType
    }

    var externalID: String
    var phoneNumbers: [String]
    var timezone: String?
    var scheduledAt: String?
    var agentID: String?
    var agentNumber: String?
    var initialContext: String?
    var data: [DataColumn] = []
    /// Where the mapping was written, so that a column missing from the file points here.
    var location: SourceLocation
    var columnLocations: [String: SourceLocation] = [:]

    static let keys = ["external_id", "phone_numbers", "timezone", "scheduled_at", "agent_id", "agent_number", "initial_context", "data"]

    /// Every header this mapping reads.
    var referencedColumns: [String] {
        [externalID] + phoneNumbers + [timezone, scheduledAt, agentID, agentNumber, initialContext].compactMap { $0 } + data.map(\.column)
    }
}

extension NodeReader {
    /// Reads a `columns:` mapping of a CSV contacts file.
    func csvColumns(_ node: Node) -> CSVColumns? {
        guard let fields = fields(node, "columns", allowed: CSVColumns.keys, required: ["external_id", "phone_numbers"]),
              let externalID = fields["external_id"].flatMap({ string($0, "columns.external_id") }),
              let phonesNode = fields["phone_numbers"] else { return nil }
        let phones = phonesNode.sequence != nil ? strings(phonesNode, "columns.phone_numbers") : string(phonesNode, "columns.phone_numbers").map { [$0] }
        guard let phones, !phones.isEmpty else { return nil }
        var columns = CSVColumns(externalID: externalID, phoneNumbers: phones, location: fields.location)
        columns.timezone = optionalString(fields["timezone"], "columns.timezone")
        columns.scheduledAt = optionalString(fields["scheduled_at"], "columns.scheduled_at")
        columns.agentID = optionalString(fields["agent_id"], "columns.agent_id")
        columns.agentNumber = optionalString(fields["agent_number"], "columns.agent_number")
        columns.initialContext = optionalString(fields["initial_context"], "columns.initial_context")
        columns.data = fields["data"].map(dataColumns) ?? []
        for (key, location) in fields.keyLocations { columns.columnLocations[key] = location }
        return columns
    }

    private func dataColumns(_ node: Node) -> [CSVColumns.DataColumn] {
        guard case .mapping(let mapping) = node else {
            sink.error(location(node), "columns.data must map data keys to CSV columns")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.scalar?.string else { return nil }
            if value.scalar != nil { return string(value, "columns.data.\(name)").map { .init(key: name, column: $0, type: .string) } }
            guard let fields = fields(value, "columns.data.\(name)", allowed: ["column", "type"], required: ["column"]),
                  let column = fields["column"].flatMap({ string($0, "column") }) else { return nil }
            let typeName = fields["type"].flatMap { string($0, "type") } ?? "string"
            guard let type = CSVColumns.ValueType(rawValue: typeName) else {
                let allowed = CSVColumns.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(fields["type"].map(location) ?? fields.location, "unknown type '\(typeName)'; use one of \(allowed)")
                return nil
            }
            return .init(key: name, column: column, type: type)
        }
    }
}
