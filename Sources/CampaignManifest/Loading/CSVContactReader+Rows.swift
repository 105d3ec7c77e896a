import AnyreachModel
import Foundation

/// The row-level pieces of reading a CSV contacts file: where the mapped columns sit, typed
/// cells, and the line arithmetic behind each row's location.
extension CSVContactReader {
    /// The mapping's columns as positions in this file's rows, looked up once rather than by
    /// name in every row of a million-row file.
    struct Positions {
        var externalID: Int?
        var phones: [Int?]
        var timezone, scheduledAt, agentID, agentNumber, initialContext: Int?
        /// In the mapping's order, which a row's problems are reported in.
        var data: [(column: CSVColumns.DataColumn, index: Int?)]
        /// Places in `data` in the canonical form's key order, which a row's data is written in.
        var dataKeyOrder: [Int]

        init(_ columns: CSVColumns, _ indexes: [String: Int]) {
            func index(_ name: String?) -> Int? { name.flatMap { indexes[$0] } }
            externalID = index(columns.externalID)
            phones = columns.phoneNumbers.map(index)
            (timezone, scheduledAt, agentID) = (
                index(columns.timezone), index(columns.scheduledAt), index(columns.agentID)
            )
            (agentNumber, initialContext) = (index(columns.agentNumber), index(columns.initialContext))
            let data = columns.data.map { (column: $0, index: index($0.column)) }
            self.data = data
            dataKeyOrder = data.indices.sorted { data[$0].column.key < data[$1].column.key }
        }
    }

    /// A cell as the JSON value its column's type asks for; numbers are decimal text only (no
    /// `0x1F`, `nan` or `inf`, which `Double(_:)` would take and JSON can't carry).
    static func typed(_ text: String, as type: CSVColumns.ValueType) -> JSONValue? {
        switch type {
        case .string: .string(text)
        case .integer: Int64(text).map(JSONValue.int)
        case .number: Int64(text).map(JSONValue.int) ?? NodeReader.decimal(text).map(JSONValue.double)
        case .boolean: ["true": true, "false": false][text.lowercased()].map(JSONValue.bool)
        }
    }

    /// The line and column (in characters) of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (line: Int, column: Int) {
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
            if scalar.count == 1, scalar.first == 0x0A { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return (line, column)
    }
}

/// One copy of each time zone name a file holds: a million rows name a few dozen zones, and a
/// name longer than 15 bytes (`America/New_York`) is otherwise a heap string per row.
struct ZoneNames {
    private var seen: [String: String] = [:]

    mutating func shared(_ name: String) -> String {
        if let first = seen[name] { return first }
        seen[name] = name
        return name
    }
}
