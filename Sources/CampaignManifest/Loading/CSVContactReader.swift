import AnyreachModel
import Foundation

/// Reads contacts from a CSV file through a column mapping. Quoting, embedded newlines, a UTF-8
/// BOM and CRLF line ends are `CSVColumnScanner`'s, which tells the line each row starts on, so
/// that every problem points at its row.
struct CSVContactReader {
    /// The file, its real path already checked against the tree being read.
    let file: ManifestFile
    let columns: CSVColumns
    let sink: DiagnosticSink
    /// Where the file is read, so that its digest is kept.
    let sources: SourceFiles

    func read() -> [ContactSpec] {
        guard let text = readText() else { return [] }
        let bytes = Array(text.utf8)
        var scanner = CSVColumnScanner(bytes: bytes)
        guard let header = try? scanner.header(), header != [""] else {
            // An empty export must not read as "no contacts": with pruning on, that deletes them all.
            sink.error(
                SourceLocation(file: file.shown, line: 1, column: 1), "CSV file has no header row", kind: .syntax)
            return []
        }
        guard let indexes = headerIndexes(header) else { return [] }
        let positions = Positions(columns, indexes)
        var contacts: [ContactSpec] = []
        // One row a line, nearly always: room for them all at once, not twice over as it grows.
        // (Counted over the array's buffer: over a `String`'s UTF-8 view, the count was 3% of
        // reading a million rows.)
        contacts.reserveCapacity(bytes.withUnsafeBufferPointer { $0.count { $0 == 10 } })
        var zones = ZoneNames()
        var dataBytes: [UInt8] = []
        dataBytes.reserveCapacity(256)
        var row: [String] = []
        while true {
            let next: Int?
            do {
                next = try scanner.nextRow(into: &row)
            } catch {
                sink.error(
                    SourceLocation(file: file.shown, line: error.line, column: 1),
                    "CSV can't be read here: \(error.message)", kind: .syntax)
                break
            }
            guard let line = next else { break }
            if row.count == 1, row[0].isEmpty { continue }
            guard row.count == header.count else {
                reportRagged(row, header: header, line: line)
                continue
            }
            if var contact = contact(from: row, at: positions, line: line, dataBytes: &dataBytes) {
                contact.state.timezone = contact.state.timezone.map { zones.shared($0) }
                contacts.append(contact)
            }
        }
        return contacts
    }

    /// The file's text without a UTF-8 byte order mark (spreadsheets write one); nil, reported,
    /// when the file can't be read or is not UTF-8.
    private func readText() -> String? {
        guard let data = sources.contents(of: file) else {
            sink.error(columns.location, "can't read CSV file \(Snippet.path(file.shown))", kind: .unreadableFile)
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            let position = Self.firstInvalidUTF8(in: data)
            sink.error(
                SourceLocation(file: file.shown, line: position.line, column: position.column),
                "CSV file is not UTF-8 text (the first bad byte is here)", kind: .unreadableFile)
            return nil
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    /// Header name → column index; duplicate headers and mapped columns the file lacks are errors.
    private func headerIndexes(_ header: [String]) -> [String: Int]? {
        var indexes: [String: Int] = [:]
        var valid = true
        for (index, name) in header.enumerated() {
            if let first = indexes[name] {
                sink.error(
                    SourceLocation(file: file.shown, line: 1, column: 1),
                    "CSV header \(Snippet(name)) appears twice (columns \(first + 1) and \(index + 1))",
                    kind: .duplicate)
                valid = false
            }
            indexes[name] = indexes[name] ?? index
        }
        for name in columns.referencedColumns where indexes[name] == nil {
            reportMissing(name, header: header)
            valid = false
        }
        return valid ? indexes : nil
    }

    /// A mapped column the file lacks, reported where the mapping names it.
    private func reportMissing(_ name: String, header: [String]) {
        let suggestion = DidYouMean.suggestion(for: name, among: header).map { " (did you mean \(Snippet($0))?)" } ?? ""
        sink.error(
            columns.columnLocations[name] ?? columns.location,
            "CSV file \(Snippet.path(file.shown)) has no column \(Snippet(name))\(suggestion); its columns are: \(Snippet.list(header))",
            kind: .missingKey)
    }

    /// A row with more or fewer cells than the header: read anyway, the missing cells would
    /// clear the contact's fields, and extra ones would be dropped unseen.
    private func reportRagged(_ row: [String], header: [String], line: Int) {
        let cells = "\(row.count) cell\(row.count == 1 ? "" : "s")"
        sink.error(
            SourceLocation(file: file.shown, line: line, column: 1),
            "row has \(cells) but the header has \(header.count); every row needs one cell per column",
            kind: .syntax,
            hint:
                "write an empty cell as nothing between commas (a,,c), and quote a value holding a comma (\"Smith, Ann\")"
        )
    }

    private func contact(
        from row: [String], at positions: Positions, line: Int, dataBytes: inout [UInt8]
    ) -> ContactSpec? {
        let location = SourceLocation(file: file.shown, line: line, column: 1)
        func cell(_ index: Int?) -> String? {
            guard let index, index < row.count, !row[index].isEmpty else { return nil }
            return row[index]
        }
        guard let externalID = cell(positions.externalID) else {
            sink.error(location, "row has no \(columns.externalID) (the contact's external_id)", kind: .missingKey)
            return nil
        }
        var contact = ContactSpec(
            externalID: externalID, rawPhoneNumbers: positions.phones.compactMap(cell), location: location)
        contact.setWrittenTimezone(cell(positions.timezone))
        contact.state.scheduledAt = cell(positions.scheduledAt)
        contact.state.agentID = cell(positions.agentID)
        contact.state.agentNumber = cell(positions.agentNumber)
        contact.state.initialContext = cell(positions.initialContext)
        contact.state.setData(canonicalText: dataText(positions, cell: cell, location: location, into: &dataBytes))
        return contact
    }

    /// The row's `data` as canonical JSON text, written straight from its cells in key order (a
    /// mapping's keys are distinct): a million rows built a dictionary each only to write it out.
    /// `text` is the file's one buffer for it.
    private func dataText(
        _ positions: Positions, cell: (Int?) -> String?, location: SourceLocation, into text: inout [UInt8]
    ) -> String {
        text.removeAll(keepingCapacity: true)
        text.append(UInt8(ascii: "{"))
        var refused: [Int] = []
        for place in positions.dataKeyOrder {
            let (column, index) = positions.data[place]
            guard let cellText = cell(index) else { continue }
            guard let value = Self.typed(cellText, as: column.type) else {
                refused.append(place)
                continue
            }
            if text.count > 1 { text.append(UInt8(ascii: ",")) }
            JSONValue.writeString(column.key, to: &text)
            text.append(UInt8(ascii: ":"))
            value.writeCanonical(to: &text)
        }
        text.append(UInt8(ascii: "}"))
        for place in refused.sorted() {
            let (column, index) = positions.data[place]
            let kind = "a\(column.type == .integer ? "n" : "") \(column.type.rawValue)"
            sink.error(
                location, "column \(Snippet(column.column)) holds \(Snippet(cell(index) ?? "")), which is not \(kind)")
        }
        return String(decoding: text, as: UTF8.self)
    }
}
