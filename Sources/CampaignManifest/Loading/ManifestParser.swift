import Foundation
import Yams

/// Reads a YAML file into a node tree, turning every YAML error into a located diagnostic.
enum ManifestParser {
    static func parse(file: ManifestFile, sources: SourceFiles, sink: DiagnosticSink) -> Node? {
        text(of: file, sources: sources, sink: sink).flatMap { parse(text: $0, file: file.shown, sink: sink) }
    }

    /// The file's text, or nil (reported) when it can't be read or isn't UTF-8.
    static func text(of file: ManifestFile, sources: SourceFiles, sink: DiagnosticSink) -> String? {
        let start = SourceLocation(file: file.shown, line: 1, column: 1)
        guard let data = sources.contents(of: file) else {
            sink.error(start, "can't read the file (it must be a readable regular file)", kind: .unreadableFile)
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            sink.error(start, "the file is not UTF-8 text", kind: .unreadableFile)
            return nil
        }
        return text
    }

    static func parse(text: String, file: String, sink: DiagnosticSink) -> Node? {
        let report = YAMLErrorReport(text: text, file: file, sink: sink)
        guard let written = composeWritten(text: text, report: report) else { return nil }
        do {
            let root = AliasFreeText.mayHoldAliases(text) ? try Yams.compose(yaml: text, .basic) ?? written : written
            return MergeKeys.mayHoldMerges(text) ? MergeKeys(file: file, sink: sink).resolve(root) : root
        } catch {
            report.report(error)
        }
        return nil
    }

    /// The document as written, each alias composed as a plain stand-in (`AliasFreeText`), once
    /// the aliases and the nesting depth passed their guard; an empty mapping for a document of
    /// nothing; nil, reported, when it can't be read.
    static func composeWritten(text: String, report: YAMLErrorReport) -> Node? {
        do {
            // `.basic` types no scalar implicitly: every value is read from its text later.
            guard let written = try Yams.compose(yaml: AliasFreeText.of(text), .basic) else {
                return .mapping(.init([]))
            }
            if let problem = AliasExpansionGuard.problem(in: written, text: text) {
                report.report(problem)
                return nil
            }
            return written
        } catch {
            report.report(error)
        }
        return nil
    }
}

extension YAMLErrorReport {
    /// Any error composing a document: libyaml's, located, or another, at the file's start.
    func report(_ error: any Error) {
        if let error = error as? YamlError {
            report(error)
        } else {
            sink.error(SourceLocation(file: file, line: 1, column: 1), "YAML can't be read: \(error)", kind: .syntax)
        }
    }
}
