import Yams

extension Layout {
    /// The layout of `source`, composed as `root`, and its comments; throws for what `fmt`
    /// leaves as written.
    static func read(_ source: SourceText, root: Node, restoresAliases: Bool) throws(FormatUnsupported)
        -> (Layout, SourceComments)
    {
        var builder = LayoutBuilder(source: source, restoresAliases: restoresAliases)
        let mapping = try builder.root(root)
        let comments = SourceComments(source: source, masks: builder.masks)
        let marker = try documentMarker(before: mapping.lines.lowerBound, source, comments)
        if let line = (mapping.lines.upperBound + 1..<source.lineCount).first(where: { comments.lines[$0] == .content })
        {
            let position = TextPosition(line: line + 1, column: 1)
            throw FormatUnsupported(
                reason:
                    "something follows its top-level mapping (a '...' or a second document), which fmt doesn't rewrite",
                position: position)
        }
        var attacher = TriviaAttacher(lines: comments.lines)
        let attached = attacher.attach(mapping, minColumn: 0, limit: source.lineCount)
        return (Layout(root: attached, marker: marker), comments)
    }

    /// The line of a `---` before the first key, if there is one; directives (`%YAML`) and
    /// anything else there are not rewritten.
    private static func documentMarker(before first: Int, _ source: SourceText, _ comments: SourceComments)
        throws(FormatUnsupported) -> Int?
    {
        var marker: Int?
        for line in 0..<first where comments.lines[line] == .content {
            let text = Substring(source.lineText(line))
            let rest = text.dropFirst(3).drop { $0 == " " || $0 == "\t" }
            guard marker == nil, text.hasPrefix("---"), rest.isEmpty || rest.hasPrefix("#") else {
                let position = TextPosition(line: line + 1, column: 1)
                throw FormatUnsupported(
                    reason: "it starts with YAML directives, which fmt doesn't rewrite", position: position)
            }
            marker = line
        }
        return marker
    }
}
