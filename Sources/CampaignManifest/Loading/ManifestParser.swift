import Foundation
import Yams

/// Reads a YAML file into a node tree, turning every YAML error into a located diagnostic.
enum ManifestParser {
    static func parse(path: String, sink: DiagnosticSink) -> Node? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            sink.error(start, "can't read the file")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(start, "the file is not UTF-8 text")
            return nil
        }
        return parse(text: text, file: path, sink: sink)
    }

    static func parse(text: String, file: String, sink: DiagnosticSink) -> Node? {
        do {
            // `.basic` types no scalar implicitly: every value is read from its text later.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                return .mapping(.init([]))
            }
            return root
        } catch let error as YamlError {
            report(error, file: file, sink: sink)
        } catch {
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)")
        }
        return nil
    }

    private static func report(_ error: YamlError, file: String, sink: DiagnosticSink) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column)) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            sink.error(at(mark), "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            sink.error(at(context.mark), "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case .reader(let problem, let offset, _, _):
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(problem)\(offset.map { " at byte \($0)" } ?? "")")
        default:
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)")
        }
    }
}
