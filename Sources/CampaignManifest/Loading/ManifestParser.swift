import Foundation
import Yams

/// Reads a YAML file into a node tree, turning every YAML error into a located diagnostic.
enum ManifestParser {
    static func parse(file: ManifestFile, sink: DiagnosticSink) -> Node? {
        let start = SourceLocation(file: file.shown, line: 1, column: 1)
        guard let data = BoundedFileReader.contents(ofRealPath: file.real) else {
            sink.error(start, "can't read the file (it must be a readable regular file)")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(start, "the file is not UTF-8 text")
            return nil
        }
        return parse(text: text, file: file.shown, sink: sink)
    }

    static func parse(text: String, file: String, sink: DiagnosticSink) -> Node? {
        do {
            // `.basic` types no scalar implicitly: every value is read from its text later.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                return .mapping(.init([]))
            }
            if let overrun = AliasExpansionGuard.overrun(in: root, text: text) {
                let mark = overrun.mark
                sink.error(SourceLocation(file: file, line: max(1, mark?.line ?? 1), column: max(1, mark?.column ?? 1)),
                           "YAML aliases here expand the file past \(text.utf8.count + AliasExpansionGuard.slack) nodes; write the values out instead of nesting aliases")
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, text: text, file: file, sink: sink)
        } catch {
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)")
        }
        return nil
    }

    private static func report(_ error: YamlError, text: String, file: String, sink: DiagnosticSink) {
        func at(_ mark: Mark) -> SourceLocation { clamped(SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column)), to: text) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            sink.error(at(mark), "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            reportDuplicate(duplicates, first: at(context.mark), text: text, sink: sink)
        case .reader(let problem, let offset, _, _):
            let location = offset.map { position(ofByte: $0, in: text, file: file) } ?? SourceLocation(file: file, line: 1, column: 1)
            sink.error(location, "YAML can't be read: \(problem)")
        default:
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)")
        }
    }

    /// Yams marks the first occurrence of the first duplicated key; the error goes where the key
    /// is repeated, naming the first place, when that can be found.
    private static func reportDuplicate(_ duplicates: [String], first: SourceLocation, text: String, sink: DiagnosticSink) {
        let names = duplicates.map { "\(Snippet($0))" }.joined(separator: ", ")
        let what = "duplicate key\(duplicates.count > 1 ? "s" : "") \(names) in one mapping"
        if let key = duplicates.first, let second = DuplicateKeyFinder.secondOccurrence(of: key, in: text, line: first.line, column: first.column) {
            let location = SourceLocation(file: first.file, line: second.line, column: second.column)
            sink.error(location, "\(what); first at \(first)", related: first)
        } else {
            sink.error(first, what)
        }
    }

    /// libyaml puts an error at the end of a file without a final line break on the line after
    /// the last, which no editor can jump to: such a location moves to the end of the last line.
    static func clamped(_ location: SourceLocation, to text: String) -> SourceLocation {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard location.line > lines.count, let last = lines.last else { return location }
        return SourceLocation(file: location.file, line: lines.count, column: last.unicodeScalars.count + 1)
    }

    /// The line and column (in Unicode scalars, as libyaml counts) of a byte offset into `text`.
    static func position(ofByte offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1, consumed = 0
        for scalar in text.unicodeScalars {
            guard consumed < offset else { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
