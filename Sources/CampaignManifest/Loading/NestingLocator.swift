import Yams

/// Where a document first nests deeper than `AliasExpansionGuard.maxDepth`, when libyaml refused
/// it for passing its own limit (near 1000 levels), at a place that in flow style may be
/// hundreds of brackets before the one that passed it.
///
/// The document is cut short past the first bracket nested too deep (or, without one, before
/// the line libyaml named) and closed; the guard then finds the place in what is left.
struct NestingLocator {
    let source: SourceText

    func position(fallback mark: TextPosition) -> TextPosition {
        let bracket = FlowScanner.firstOpening(in: source, deeperThan: AliasExpansionGuard.maxDepth)
        let fallback = bracket.map { source.position(of: $0.index) } ?? mark
        let cut: String
        if let bracket {
            let closers = bracket.open.reversed().map { source[$0] == "[" ? "]" : "}" }.joined()
            cut = source.string(0..<bracket.index + 1) + closers
        } else if mark.line <= source.lineStarts.count {
            cut = source.string(0..<source.lineStarts[mark.line - 1])
        } else {
            return mark
        }
        guard let root = try? Yams.compose(yaml: AliasFreeText.of(cut), .basic),
            case .nesting(let position, _)? = AliasExpansionGuard.problem(in: root, text: cut)
        else {
            return fallback
        }
        return position
    }
}
