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
    /// Where the mapping was written.
    var location: SourceLocation
    /// Where each column was named, so that a column missing from the file points there.
    var columnLocations: [String: SourceLocation] = [:]

    /// Every header this mapping reads.
    var referencedColumns: [String] {
        [externalID] + phoneNumbers + [timezone, scheduledAt, agentID, agentNumber, initialContext].compactMap { $0 }
            + data.map(\.column)
    }
}

extension NodeReader {
    /// Reads a `columns:` mapping of a CSV contacts file.
    func csvColumns(_ node: Node) -> CSVColumns? {
        var named: [String: SourceLocation] = [:]
        func column(_ node: Node, _ what: String) -> String? {
            guard let name = string(node, what) else { return nil }
            if named[name] == nil { named[name] = location(node) }
            return name
        }
        guard
            let fields = fields(node, "columns", ManifestKeys.csvColumns),
            let externalID = fields["external_id"].flatMap({ column($0, "columns.external_id") }),
            let phonesNode = fields["phone_numbers"]
        else { return nil }
        let phoneNodes = phonesNode.sequence.map(Array.init) ?? [phonesNode]
        let phones = phoneNodes.enumerated().compactMap { index, item in column(item, "columns.phone_numbers[\(index)]")
        }
        if phoneNodes.isEmpty {
            sink.error(location(phonesNode), "columns.phone_numbers must name at least one column")
        }
        guard !phones.isEmpty else { return nil }
        var columns = CSVColumns(externalID: externalID, phoneNumbers: phones, location: fields.location)
        func optionalColumn(_ key: String) -> String? {
            fields[key].flatMap { isNull($0) ? nil : column($0, "columns.\(key)") }
        }
        columns.timezone = optionalColumn("timezone")
        columns.scheduledAt = optionalColumn("scheduled_at")
        columns.agentID = optionalColumn("agent_id")
        columns.agentNumber = optionalColumn("agent_number")
        columns.initialContext = optionalColumn("initial_context")
        columns.data = fields["data"].map { dataColumns($0, column: column) } ?? []
        columns.columnLocations = named
        return columns
    }

    /// `data:` maps each data key to a column name, or to `{column:, type:}` for typed values.
    private func dataColumns(_ node: Node, column: (Node, String) -> String?) -> [CSVColumns.DataColumn] {
        guard case .mapping(let mapping) = node else {
            sink.error(location(node), "columns.data must map data keys to CSV columns")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.scalar?.string else { return nil }
            if value.scalar != nil {
                return column(value, "columns.data.\(name)").map { .init(key: name, column: $0, type: .string) }
            }
            guard
                let fields = fields(value, "columns.data.\(name)", ManifestKeys.dataColumn),
                let columnName = fields["column"].flatMap({ column($0, "columns.data.\(name).column") })
            else { return nil }
            let typeName = fields["type"].flatMap { string($0, "columns.data.\(name).type") } ?? "string"
            guard let type = CSVColumns.ValueType(rawValue: typeName) else {
                let allowed = CSVColumns.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
                sink.error(
                    fields["type"].map(location) ?? fields.location,
                    "unknown type \(Snippet(typeName)); use one of \(allowed)")
                return nil
            }
            return .init(key: name, column: columnName, type: type)
        }
    }
}
