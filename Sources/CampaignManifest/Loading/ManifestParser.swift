import Foundation
import Yams

/// Reads a YAML file into a node tree, turning every YAML error into a located diagnostic.
enum ManifestParser {
    static func parse(file: ManifestFile, sources: SourceFiles, sink: DiagnosticSink) -> Node? {
        let start = SourceLocation(file: file.shown, line: 1, column: 1)
        guard let data = sources.contents(of: file) else {
            sink.error(start, "can't read the file (it must be a readable regular file)", kind: .unreadableFile)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(start, "the file is not UTF-8 text", kind: .unreadableFile)
            return nil
        }
        return parse(text: text, file: file.shown, sink: sink)
    }

    static func parse(text: String, file: String, sink: DiagnosticSink) -> Node? {
        let report = YAMLErrorReport(text: text, file: file, sink: sink)
        do {
            // `.basic` types no scalar implicitly: every value is read from its text later.
            guard let written = try Yams.compose(yaml: AliasFreeText.of(text), .basic) else {
                return .mapping(.init([]))
            }
            if let problem = AliasExpansionGuard.problem(in: written, text: text) {
                report.report(problem)
                return nil
            }
            let root = AliasFreeText.mayHoldAliases(text) ? try Yams.compose(yaml: text, .basic) ?? written : written
            return MergeKeys.mayHoldMerges(text) ? MergeKeys(file: file, sink: sink).resolve(root) : root
        } catch let error as YamlError {
            report.report(error)
        } catch {
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)", kind: .syntax)
        }
        return nil
    }
}
