/// The mappings of a `contacts_files` entry: the file, and for CSV files which column is which.
extension ManifestKeys {
    static let contactsFileEntry = ManifestMapping(
        name: "contactsFileEntry",
        help: "A contacts file named with a mapping: its path, and for a CSV file its column mapping.",
        keys: [
            ManifestKey(
                "path", .text(), required: true,
                help: """
                    The file, relative to the manifest: a regular file inside the tree being read. `.csv` files \
                    need `columns`; other files are read as YAML contacts files.
                    """),
            ManifestKey(
                "columns", .mapping(csvColumns),
                help:
                    "Which CSV column feeds which contact field; for CSV files only (checked by `campaignctl validate`)."
            ),
        ])

    static let csvColumns = ManifestMapping(
        name: "csvColumns",
        help: """
            Contact fields mapped to CSV header names. A mapped column the file's header lacks is an error of \
            `campaignctl validate`.
            """,
        keys: [
            ManifestKey(
                "external_id", .text(), required: true,
                help: "The header of the column holding the contact's external_id; an empty cell is an error."),
            ManifestKey(
                "phone_numbers", .either([.text(), .list(of: .text(), atLeast: 1)]), required: true,
                help: "A header, or a list of headers in dial order; empty cells are skipped."),
            column("timezone", "time zone"),
            column("scheduled_at", "first call's time (RFC 3339)"),
            column("agent_id", "agent"),
            column("agent_number", "agent number"),
            column("initial_context", "initial context"),
            ManifestKey(
                "data", .entries(of: .either([.text(), .mapping(dataColumn)])),
                help: """
                    Data keys mapped to headers, or to `{column: header, type: T}` for typed values; an empty cell \
                    leaves the key out.
                    """),
        ])

    static let dataColumn = ManifestMapping(
        name: "dataColumn",
        help: "A data key read from a column as a typed value.",
        keys: [
            ManifestKey("column", .text(), required: true, help: "The header of the column."),
            ManifestKey(
                "type", .text(TextRule(choices: CSVColumns.ValueType.allCases.map(\.rawValue))),
                default: .string(CSVColumns.ValueType.string.rawValue),
                help: """
                    How cells are read: `string`; `integer`; `number` (decimal); `boolean` (true or false, any \
                    case). A cell that doesn't fit is an error at its row.
                    """),
        ])

    /// An optional column of a contact field.
    private static func column(_ key: String, _ field: String) -> ManifestKey {
        ManifestKey(key, .text(), acceptsNull: true, help: "The header of the column holding the contact's \(field).")
    }
}
