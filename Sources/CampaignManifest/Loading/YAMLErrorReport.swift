import Yams

/// Turns what stopped a YAML file from loading into a diagnostic a person can act on: at the
/// place to fix, which for a quote or bracket never closed is where it opens, not where libyaml
/// gave up.
struct YAMLErrorReport {
    let text: String
    let file: String
    let sink: DiagnosticSink

    func report(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            reportSyntax(problem, context: context, at: TextPosition(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            reportDuplicate(duplicates.map(AliasFreeText.restored), first: location(TextPosition(context.mark)))
        case .reader(let problem, let offset, _, _):
            let location = offset.map { Self.position(ofCharacter: $0, in: text, file: file) } ?? location(.start)
            sink.error(location, "YAML can't be read: \(problem)", kind: .syntax)
        default:
            sink.error(location(.start), "YAML can't be read: \(error)", kind: .syntax)
        }
    }

    func report(_ problem: AliasExpansionGuard.Problem) {
        switch problem {
        case .expansion(let position, let alias, let limit):
            let what = alias.map { "the alias *\($0) here expands" } ?? "YAML aliases here expand"
            let advice = "write the values out instead of nesting aliases"
            sink.error(location(position), "\(what) the file past \(limit) nodes; \(advice)", kind: .aliasExpansion)
        case .nesting(let position, let alias):
            let through = alias.map { ", through the alias *\($0)" } ?? ""
            sink.error(location(position), Self.nestingMessage(through), kind: .nestingDepth)
        }
    }

    static func nestingMessage(_ detail: String = "") -> String {
        "YAML nests deeper than \(AliasExpansionGuard.maxDepth) levels here\(detail); manifests never need that"
    }

    private func reportSyntax(_ problem: String, context: YamlError.Context?, at mark: TextPosition) {
        let source = SourceText(text)
        if problem.hasPrefix("Maximum nesting level") {
            sink.error(
                location(NestingLocator(source: source).position(fallback: mark)), Self.nestingMessage(),
                kind: .nestingDepth)
        } else if let cause = OpeningCause(source: source, gaveUp: gaveUp(at: mark, in: source))
            .find(problem, context: context, at: mark)
        {
            sink.error(location(cause.position), "YAML syntax: \(cause.message)", kind: .syntax)
        } else {
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            sink.error(location(mark), "YAML syntax: \(problem)\(detail)", kind: .syntax)
        }
    }

    /// Where libyaml stopped, for messages located elsewhere.
    private func gaveUp(at mark: TextPosition, in source: SourceText) -> String {
        let shown = location(mark)
        let atEnd = source.index(of: TextPosition(line: shown.line, column: shown.column)) == nil
        let end = atEnd ? ", the end of the file" : ""
        return "the parser gave up at line \(shown.line), column \(shown.column)\(end)"
    }

    func location(_ position: TextPosition) -> SourceLocation {
        let location = SourceLocation(file: file, line: max(1, position.line), column: max(1, position.column))
        return Self.clamped(location, to: text)
    }
}

extension TextPosition {
    static let start = TextPosition(line: 1, column: 1)
}
