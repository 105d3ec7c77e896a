import Foundation
import PhoneNumbers
import Yams

/// Reads `policy.suppress`: each list's file through the same boundary as contacts files (a
/// regular file inside the tree, read without following a link swapped in), its numbers
/// normalized to E.164 by the API's rules. A line that isn't a number is an error, not skipped:
/// a list that can't be read in full can't say whom not to call.
struct SuppressionReader {
    let sources: ContactSources
    private var reader: NodeReader { sources.reader }

    /// Errors reported per file before the rest are counted in one more.
    static let errorsPerFile = 10

    func read(_ node: Node) -> SuppressionList {
        var list = SuppressionList()
        guard let entries = reader.list(node, "policy.suppress") else { return list }
        for (index, entry) in entries.enumerated() {
            guard let file = entryFile(entry, "policy.suppress[\(index)]") else { continue }
            guard let numbers = numbers(of: file) else { continue }
            list.add(.init(path: file.path, count: numbers.count, location: file.location), numbers: numbers)
        }
        return list
    }

    /// One list as named: its path (checked against the tree), and how to read it.
    struct ListFile {
        var path: String
        var file: ManifestFile
        var column: String?
        var countryCode: CallingCode?
        var location: SourceLocation
    }

    private func entryFile(_ entry: Node, _ what: String) -> ListFile? {
        var (pathNode, columnNode, codeNode): (Node?, Node?, Node?) = (entry, nil, nil)
        if entry.scalar == nil {
            guard let fields = reader.fields(entry, what, ManifestKeys.suppressionFile) else { return nil }
            (pathNode, columnNode, codeNode) = (fields["path"], fields["column"], fields["country_code"])
        }
        guard let pathNode, let relative = reader.string(pathNode, "\(what).path"),
            let file = sources.file(relative, at: pathNode, what: "suppression list")
        else { return nil }
        var list = ListFile(path: file.shown, file: file, location: reader.location(pathNode))
        list.column = columnNode.flatMap { reader.string($0, "\(what).column") }
        if let codeNode, let text = reader.string(codeNode, "\(what).country_code") {
            guard let code = CallingCode(text) else {
                reader.sink.error(
                    reader.location(codeNode), "\(Snippet(text)) is not a known calling code (like +1 or +44)")
                return nil
            }
            list.countryCode = code
        }
        return checkedKind(list, columnNode: columnNode)
    }

    /// A CSV list needs its column; any other file takes none.
    private func checkedKind(_ list: ListFile, columnNode: Node?) -> ListFile? {
        let isCSV = list.path.lowercased().hasSuffix(".csv")
        if isCSV, list.column == nil {
            reader.sink.error(list.location, "a CSV suppression list needs 'column:' naming the column of numbers")
            return nil
        }
        if !isCSV, let columnNode {
            reader.sink.error(reader.location(columnNode), "'column' applies to CSV files only")
            return nil
        }
        return list
    }

    /// The list's numbers; nil (reported) when the file can't be read or any number is unreadable.
    private func numbers(of list: ListFile) -> Set<UInt64>? {
        guard let data = sources.files.sources.contents(of: list.file) else {
            reader.sink.error(
                list.location, "can't read suppression list \(Snippet.path(list.path))", kind: .unreadableFile)
            return nil
        }
        var parser = SuppressedNumberParser(list: list, sink: reader.sink)
        if let column = list.column {
            SuppressionCSV(path: list.path, column: column, location: list.location, sink: reader.sink)
                .read(data) { parser.add($0, line: $1, column: 1) }
        } else {
            SuppressionLines.read(data) { parser.add($0, line: $1, column: $2) }
        }
        return parser.finish()
    }
}

/// Numbers of one list as they are read: normalized, counted, the first errors reported.
struct SuppressedNumberParser {
    let list: SuppressionReader.ListFile
    let sink: DiagnosticSink
    private(set) var numbers: Set<UInt64> = []
    private var errors = 0

    init(list: SuppressionReader.ListFile, sink: DiagnosticSink) {
        self.list = list
        self.sink = sink
    }

    mutating func add(_ text: String, line: Int, column: Int) {
        do throws(PhoneNumberError) {
            let e164 = try normalized(text)
            if let key = SuppressionList.key(ofE164: e164) { numbers.insert(key) }
        } catch {
            errors += 1
            guard errors <= SuppressionReader.errorsPerFile else { return }
            // The line is not echoed: it may be someone's number with a typo in it.
            sink.error(
                SourceLocation(file: list.path, line: line, column: column),
                "suppression list entry is not a phone number: it \(error.reason.explanation)",
                kind: .invalidPhoneNumber,
                hint: list.countryCode == nil && !Self.isInternational(text)
                    ? "numbers written without +: give the list a country_code (policy.suppress[].country_code)" : nil)
        }
    }

    /// The numbers, or nil when any line was unreadable (and the count of those past the first ones).
    func finish() -> Set<UInt64>? {
        if errors > SuppressionReader.errorsPerFile {
            sink.error(
                list.location,
                "suppression list \(Snippet.path(list.path)) has \(errors - SuppressionReader.errorsPerFile) more unreadable entries",
                kind: .invalidPhoneNumber)
        }
        return errors == 0 ? numbers : nil
    }

    private func normalized(_ text: String) throws(PhoneNumberError) -> String {
        if let code = list.countryCode {
            return try PhoneNumberNormalizer.normalize(text, defaultCountryCode: code).e164
        }
        guard Self.isInternational(text) else { throw PhoneNumberError(input: text, reason: .notE164) }
        // International numbers never take the national path, so the code passed is unused.
        return try PhoneNumberNormalizer.normalize(text, defaultCountryCode: .northAmerica).e164
    }

    static func isInternational(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "+") || text.utf8.starts(with: "00".utf8)
    }
}
