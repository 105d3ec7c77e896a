import AnyreachAPI
import CSV
import Foundation

/// Reads contacts from a CSV file through a column mapping. Quoting, embedded newlines, a UTF-8
/// BOM and CRLF line ends are the CSV library's; this type tracks the line each row starts on,
/// so that every problem points at its row.
struct CSVContactReader {
    let path: String
    let displayName: String
    let columns: CSVColumns
    let sink: DiagnosticSink

    func read() -> [ContactSpec] {
        guard let reader = openReader() else {
            sink.error(columns.location, "can't read CSV file '\(displayName)' as UTF-8 text")
            return []
        }
        guard let header = reader.headerRow, let indexes = headerIndexes(header) else { return [] }
        var contacts: [ContactSpec] = []
        var line = 2 + newlines(in: header)
        while let row = reader.next() {
            defer { line += 1 + newlines(in: row) }
            if row.count == 1, row[0].isEmpty { continue }
            if let contact = contact(from: row, indexes: indexes, line: line) { contacts.append(contact) }
        }
        if let error = reader.error {
            sink.error(SourceLocation(file: displayName, line: line, column: 1), "CSV can't be read here: \(error)")
        }
        return contacts
    }

    /// The file's text without a UTF-8 byte order mark (spreadsheets write one).
    private func openReader() -> CSVReader? {
        guard let data = FileManager.default.contents(atPath: path), var text = String(data: data, encoding: .utf8) else { return nil }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return try? CSVReader(string: text, hasHeaderRow: true, trimFields: false)
    }

    /// Header name → column index; duplicate headers and mapped columns the file lacks are errors.
    private func headerIndexes(_ header: [String]) -> [String: Int]? {
        var indexes: [String: Int] = [:]
        var valid = true
        for (index, name) in header.enumerated() {
            if let first = indexes[name] {
                sink.error(SourceLocation(file: displayName, line: 1, column: 1), "CSV header '\(name)' appears twice (columns \(first + 1) and \(index + 1))")
                valid = false
            }
            indexes[name] = indexes[name] ?? index
        }
        for name in columns.referencedColumns where indexes[name] == nil {
            sink.error(columns.location, "CSV file '\(displayName)' has no column '\(name)'; its columns are: \(header.joined(separator: ", "))")
            valid = false
        }
        return valid ? indexes : nil
    }

    private func contact(from row: [String], indexes: [String: Int], line: Int) -> ContactSpec? {
        let location = SourceLocation(file: displayName, line: line, column: 1)
        func cell(_ name: String?) -> String? {
            guard let name, let index = indexes[name], index < row.count else { return nil }
            let value = row[index]
            return value.isEmpty ? nil : value
        }
        guard let externalID = cell(columns.externalID) else {
            sink.error(location, "row has no \(columns.externalID) (the contact's external_id)")
            return nil
        }
        var contact = ContactSpec(externalID: externalID, rawPhoneNumbers: columns.phoneNumbers.compactMap(cell), location: location)
        contact.timezone = cell(columns.timezone)
        contact.scheduledAt = cell(columns.scheduledAt)
        contact.agentID = cell(columns.agentID)
        contact.agentNumber = cell(columns.agentNumber)
        contact.initialContext = cell(columns.initialContext)
        contact.data = .object(dataObject(cell: cell, location: location))
        return contact
    }

    private func dataObject(cell: (String?) -> String?, location: SourceLocation) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for column in columns.data {
            guard let text = cell(column.column) else { continue }
            guard let value = Self.typed(text, as: column.type) else {
                sink.error(location, "column '\(column.column)' holds '\(text)', which is not a \(column.type.rawValue)")
                continue
            }
            object[column.key] = value
        }
        return object
    }

    static func typed(_ text: String, as type: CSVColumns.ValueType) -> JSONValue? {
        switch type {
        case .string: .string(text)
        case .integer: Int64(text).map(JSONValue.int)
        case .number: Int64(text).map(JSONValue.int) ?? Double(text).map(JSONValue.double)
        case .boolean: ["true": true, "false": false][text.lowercased()].map(JSONValue.bool)
        }
    }

    /// Line ends inside quoted fields (LF, CRLF or a lone CR), which move the next row's line.
    private func newlines(in row: [String]) -> Int {
        var count = 0
        for field in row {
            var previousWasCR = false
            for byte in field.utf8 {
                if byte == 10 || previousWasCR { count += 1 }
                previousWasCR = byte == 13
            }
            if previousWasCR { count += 1 }
        }
        return count
    }
}
