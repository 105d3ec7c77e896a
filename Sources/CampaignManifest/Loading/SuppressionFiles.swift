import Foundation

/// A list of one number a line: blank lines and `#` comments (whole-line or trailing) are
/// skipped, spaces and tabs around a number dropped, LF or CRLF line ends, a UTF-8 byte order
/// mark ignored. Walks the bytes once, so a million-line list makes no array of lines.
enum SuppressionLines {
    /// Calls `number` with each entry's text, its line and the column it starts at.
    static func read(_ data: Data, number: (String, Int, Int) -> Void) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            var start = bytes.starts(with: bom) ? 3 : 0
            var line = 1
            for index in start...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                entry(bytes[start..<index], line: line, number: number)
                line += 1
                start = index + 1
            }
        }
    }

    private static func entry(_ text: Slice<UnsafeRawBufferPointer>, line: Int, number: (String, Int, Int) -> Void) {
        let content = text.prefix { $0 != UInt8(ascii: "#") }
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 13 }
        guard let first = content.firstIndex(where: { !isBlank($0) }),
            let last = content.lastIndex(where: { !isBlank($0) })
        else { return }
        number(String(decoding: content[first...last], as: UTF8.self), line, first - text.startIndex + 1)
    }
}

/// A CSV list: a header row naming `column`, then one number a row in that column (an empty
/// cell is skipped, as a blank line is). Rows are located by the line they start on; a row with
/// another number of cells than the header, or a broken quote, is an error, since a list read
/// in part can't say whom not to call.
struct SuppressionCSV {
    let path: String
    let column: String
    /// Where the list is named, for problems with the file as a whole.
    let location: SourceLocation
    let sink: DiagnosticSink

    /// Without the spaces and tabs around it (the bytes, not Foundation's character sets: a
    /// million cells).
    static func trimmed(_ cell: String) -> String {
        let utf8 = cell.utf8
        let blank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = utf8.firstIndex(where: { !blank($0) }), let last = utf8.lastIndex(where: { !blank($0) })
        else { return "" }
        if first == utf8.startIndex, last == utf8.index(before: utf8.endIndex) { return cell }
        return String(cell[first...last])
    }

    func read(_ data: Data, number: (String, Int) -> Void) {
        guard String(validating: data, as: UTF8.self) != nil else {
            sink.error(location, "suppression list \(Snippet.path(path)) is not UTF-8 text", kind: .unreadableFile)
            return
        }
        var scanner = CSVColumnScanner(data)
        do throws(CSVColumnScanner.Problem) {
            guard let header = try scanner.header(), let index = header.firstIndex(of: column) else {
                sink.error(
                    location,
                    "suppression list \(Snippet.path(path)) has no header row with a column \(Snippet(column))",
                    kind: .missingKey)
                return
            }
            var ragged = 0
            while let record = try scanner.next(column: index) {
                if record.cells == 1, (record.cell ?? "").isEmpty { continue }
                guard record.cells == header.count else {
                    ragged += 1
                    if ragged <= SuppressionReader.errorsPerFile {
                        sink.error(
                            SourceLocation(file: path, line: record.line, column: 1),
                            "row has \(record.cells) cell(s) but the header has \(header.count)", kind: .syntax)
                    }
                    continue
                }
                guard let cell = record.cell.map(Self.trimmed), !cell.isEmpty else { continue }
                number(cell, record.line)
            }
            if ragged > SuppressionReader.errorsPerFile {
                sink.error(
                    location,
                    "suppression list \(Snippet.path(path)) has \(ragged - SuppressionReader.errorsPerFile) more rows of the wrong length",
                    kind: .syntax)
            }
        } catch {
            sink.error(
                SourceLocation(file: path, line: error.line, column: 1), "CSV can't be read here: \(error.message)",
                kind: .syntax)
        }
    }
}
