import Foundation

/// A CSV file read straight from its bytes (RFC 4180: quoted fields with `""` for a quote,
/// commas and line ends inside quotes, LF, CRLF or a lone CR), a record at a time with the line
/// it starts on. A suppression list of a million rows needs one column of it; a contacts file
/// needs every cell. The general CSV reader this replaced decoded text a scalar at a time, which
/// cost five times as much and was a third of loading a contacts file.
struct CSVColumnScanner {
    /// A row's problem: its line, and what is wrong.
    struct Problem: Error, Equatable {
        var line: Int
        var message: String
    }

    /// What one record holds: the wanted cell (nil when the record is shorter), its cell count,
    /// and the line it starts on.
    struct Record {
        var cell: String?
        var cells: Int
        var line: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1

    init(_ data: Data) {
        self.init(bytes: Array(data))
    }

    init(bytes: [UInt8]) {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        self.bytes = bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// The header's cells.
    mutating func header() throws(Problem) -> [String]? {
        guard index < bytes.count else { return nil }
        var cells: [String] = []
        try record { cells.append($0) }
        return cells
    }

    /// Reads the next record's cells into `cells` (a buffer the caller keeps from row to row)
    /// and gives the line it starts on; nil at the end.
    mutating func nextRow(into cells: inout [String]) throws(Problem) -> Int? {
        guard index < bytes.count else { return nil }
        let start = line
        cells.removeAll(keepingCapacity: true)
        try record { cells.append($0) }
        return start
    }

    /// The next record with only cell `column` decoded; nil at the end.
    mutating func next(column: Int) throws(Problem) -> Record? {
        guard index < bytes.count else { return nil }
        let start = line
        var (cell, count): (String?, Int) = (nil, 0)
        try record { text in
            if count == column { cell = text }
            count += 1
        } wanted: {
            $0 == column
        }
        return Record(cell: cell, cells: count, line: start)
    }

    /// Reads one record, handing each cell to `take` (decoded only when `wanted` says so).
    private mutating func record(
        _ take: (String) -> Void, wanted: (Int) -> Bool = { _ in true }
    ) throws(Problem) {
        var cell = 0
        while true {
            let text = try field(decode: wanted(cell))
            take(text)
            cell += 1
            guard index < bytes.count else { return }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == 13, index < bytes.count, bytes[index] == 10 { index += 1 }
            line += 1
            return
        }
    }

    /// One field, up to (not past) the comma or line end after it.
    private mutating func field(decode: Bool) throws(Problem) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            let start = index
            while index < bytes.count, !Self.endsField(bytes[index]) { index += 1 }
            return decode ? String(decoding: bytes[start..<index], as: UTF8.self) : ""
        }
        let opened = line
        index += 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return try closed(text, opened) }
                index += 1
            }
            // A line end inside quotes moves the line: LF, and a CR not followed by LF.
            if byte == 10 || (byte == 13 && (index == bytes.count || bytes[index] != 10)) { line += 1 }
            if decode { text.append(byte) }
        }
        throw Problem(line: opened, message: "a quoted field opened here is never closed")
    }

    /// A comma, LF or CR.
    @inline(__always)
    private static func endsField(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == 10 || byte == 13
    }

    /// After a closing quote only a comma or a line end may come.
    private func closed(_ text: [UInt8], _ opened: Int) throws(Problem) -> String {
        guard index == bytes.count || Self.endsField(bytes[index]) else {
            throw Problem(line: line, message: "a quoted field must end at a comma or the line's end")
        }
        return String(decoding: text, as: UTF8.self)
    }
}
