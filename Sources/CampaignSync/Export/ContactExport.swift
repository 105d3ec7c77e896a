import AnyreachAPI
import AnyreachClient
import AnyreachModel

/// A campaign's contacts as a CSV file with a column mapping, or as a YAML contacts file when
/// CSV can't carry them exactly (nested or null data, empty strings, agent_version/agent_config,
/// contacts without external_id, or a data key whose values mix types).
struct ContactExport {
    let fileStem: String
    let contacts: [LiveContact]
    let requested: ExportOptions.ContactsFormat

    init(fileStem: String, contacts: [LiveContact], format: ExportOptions.ContactsFormat) {
        self.fileStem = fileStem
        self.contacts = contacts.sorted { ExportKeys.contactKey($0) < ExportKeys.contactKey($1) }
        requested = format
    }

    private var rows: [[String: JSONValue]] { contacts.map { $0.state.json.objectValue ?? [:] } }

    var usesCSV: Bool { requested == .csv && CSVContactLayout(rows: rows, contacts: contacts) != nil }
    var path: String { "contacts/\(fileStem).\(usesCSV ? "csv" : "yaml")" }

    func file() -> ExportedFile {
        if usesCSV, let layout = CSVContactLayout(rows: rows, contacts: contacts) {
            return ExportedFile(path: path, contents: layout.csv(rows: rows, contacts: contacts))
        }
        return ExportedFile(path: path, contents: yaml())
    }

    /// The `contacts_files` entry of the manifest that owns these contacts.
    func reference(into yaml: inout YAMLText, indent: Int, from directory: String) {
        yaml.key("contacts_files", indent: indent)
        let relative = directory == "." ? path : "../" + path
        yaml.item("path", .string(relative), indent: indent + 1)
        guard usesCSV, let layout = CSVContactLayout(rows: rows, contacts: contacts) else { return }
        layout.columns(into: &yaml, indent: indent + 2)
    }

    private func yaml() -> String {
        var yaml = YAMLText()
        yaml.key("contacts", indent: 0)
        for (contact, row) in zip(contacts, rows) {
            yaml.item("external_id", .string(ExportKeys.contactKey(contact)), indent: 1)
            if contact.externalID == nil { yaml.field("id", .string(contact.id), indent: 2) }
            for field in ContactFieldOrder.all where row[field] != .null && row[field] != .object([:]) {
                yaml.field(field, row[field]!, indent: 2)
            }
        }
        return yaml.text
    }
}

enum ContactFieldOrder {
    static let all = [
        "phone_numbers", "timezone", "scheduled_at", "agent_id", "agent_version", "agent_number", "agent_config",
        "initial_context", "data",
    ]
}

/// The columns of a contacts CSV, when CSV can carry every contact exactly.
struct CSVContactLayout {
    let phoneColumns: Int
    let optional: [String]
    let data: [(key: String, type: String)]

    static let csvFields = ["timezone", "scheduled_at", "agent_id", "agent_number", "initial_context"]

    init?(rows: [[String: JSONValue]], contacts: [LiveContact]) {
        guard contacts.allSatisfy({ $0.externalID != nil }),
            rows.allSatisfy({ $0["agent_version"] == .null && $0["agent_config"] == .null })
        else { return nil }
        let present = Self.csvFields.filter { field in rows.contains { $0[field] != .null } }
        guard rows.allSatisfy({ row in present.allSatisfy { row[$0] != .string("") } }) else { return nil }
        optional = present
        guard let data = Self.dataColumns(rows) else { return nil }
        self.data = data
        phoneColumns =
            rows.map {
                $0["phone_numbers"].flatMap { if case .array(let items) = $0 { items.count } else { nil } } ?? 0
            }.max() ?? 1
    }

    /// Each data key with one CSV type for all its values, or nil when some value can't be a cell.
    static func dataColumns(_ rows: [[String: JSONValue]]) -> [(key: String, type: String)]? {
        var types: [String: String] = [:]
        for row in rows {
            for (key, value) in row["data"]?.objectValue ?? [:] {
                guard let type = cellType(value), types[key].map({ merge($0, type) != nil }) ?? true else { return nil }
                types[key] = types[key].flatMap { merge($0, type) } ?? type
            }
        }
        return types.keys.sorted().map { ($0, types[$0]!) }
    }

    private static func cellType(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text.isEmpty ? nil : "string"
        case .int: "integer"
        case .double: "number"
        case .bool: "boolean"
        default: nil
        }
    }

    private static func merge(_ a: String, _ b: String) -> String? {
        if a == b { return a }
        return Set([a, b]) == ["integer", "number"] ? "number" : nil
    }

    var header: [String] {
        ["external_id"] + (1...max(1, phoneColumns)).map { "phone_\($0)" } + optional + data.map { "data.\($0.key)" }
    }

    func csv(rows: [[String: JSONValue]], contacts: [LiveContact]) -> String {
        var lines = [CSVText.line(header)]
        for (contact, row) in zip(contacts, rows) {
            var phones: [String] = []
            if case .array(let items)? = row["phone_numbers"] { phones = items.compactMap(\.stringValue) }
            let phoneCells = (0..<max(1, phoneColumns)).map { $0 < phones.count ? phones[$0] : "" }
            let optionalCells = optional.map { row[$0]?.stringValue ?? "" }
            let dataCells = data.map { column in row["data"]?.objectValue?[column.key].map(Self.cell) ?? "" }
            lines.append(CSVText.line([contact.externalID ?? ""] + phoneCells + optionalCells + dataCells))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text }
        return value.canonicalString
    }

    func columns(into yaml: inout YAMLText, indent: Int) {
        yaml.key("columns", indent: indent)
        yaml.field("external_id", "external_id", indent: indent + 1)
        yaml.field(
            "phone_numbers", .array((1...max(1, phoneColumns)).map { .string("phone_\($0)") }), indent: indent + 1)
        for field in optional { yaml.field(field, .string(field), indent: indent + 1) }
        guard !data.isEmpty else { return }
        yaml.key("data", indent: indent + 1)
        for column in data {
            yaml.field(
                column.key, .object(["column": .string("data.\(column.key)"), "type": .string(column.type)]),
                indent: indent + 2)
        }
    }
}
