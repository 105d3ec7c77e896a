extension LayoutEmitter {
    /// A mapping's entries in their order, and the comments at its end. `dashed`: the first
    /// entry starts a list item (`- key: value`) and the others line up under its key.
    mutating func entries(
        _ entries: [WrittenEntry], trailing: [Trivia], shape: FormatShape, indent: Int, dashed: Bool
    ) {
        var entries = Self.ordered(entries, shape)
        if dashed {
            // Comments above the key that now starts the item go above its dash.
            trivia(entries[0].leading.filter { $0 != .blank }, indent: indent)
            entries[0].leading = []
        }
        let column = indent + (dashed ? 2 : 0)
        for (index, entry) in entries.enumerated() {
            trivia(entry.leading, indent: column)
            self.entry(entry, in: shape, indent: dashed && index > 0 ? column : indent, dash: dashed && index == 0)
        }
        trivia(trailing, indent: column)
    }

    /// Known keys in the shape's order, then the others as written (a stable sort).
    static func ordered(_ entries: [WrittenEntry], _ shape: FormatShape) -> [WrittenEntry] {
        guard shape.hasFields else { return entries }
        let ranks = entries.map { shape.rank(of: $0.key.value) }
        guard ranks != ranks.sorted() else { return entries }
        return entries.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { entries[$0] }
    }

    mutating func entry(_ entry: WrittenEntry, in shape: FormatShape, indent: Int, dash: Bool) {
        let keyRule = shape.hasFields ? ScalarRule.string : shape.entries?.keys ?? .asWritten
        let key = ScalarText.text(entry.key, rule: keyRule, inFlow: false, source: source)
        let head = Self.pad(indent) + (dash ? "- " : "") + key + ":"
        value(
            entry.value, head: head, column: indent + (dash ? 2 : 0), shape: shape.field(entry.key.value),
            from: entry.key.lines.lowerBound)
    }

    /// `head` (`key:` or `-`) with the value after it or below it. `column` is where the key or
    /// the dash stands now; `line` the line it stood on.
    mutating func value(_ node: WrittenNode, head: String, column: Int, shape: FormatShape, from line: Int) {
        switch node {
        case .empty(let end):
            self.line(head, indent: column, claiming: line...max(line, end))
        case .scalar(let scalar):
            self.scalar(scalar, head: head, column: column, shape: shape, from: line)
        case .mapping(let mapping) where mapping.flow == nil:
            opening(head, indent: column, claiming: line...line)
            entries(mapping.entries, trailing: mapping.trailing, shape: shape, indent: column + 2, dashed: false)
        case .sequence(let sequence) where sequence.flow == nil:
            opening(head, indent: column, claiming: line...line)
            items(sequence, shape: shape, indent: column + 2)
        case .mapping, .sequence:
            flow(node, head: head, column: column, shape: shape, from: line)
        }
    }

    private mutating func scalar(_ scalar: WrittenScalar, head: String, column: Int, shape: FormatShape, from line: Int)
    {
        if let body = scalar.body {
            self.line(head + " " + source.string(scalar.span), indent: column, claiming: line...scalar.lines.lowerBound)
            append(shifted: body, by: column - scalar.parentColumn)
        } else if scalar.isMultiLine {
            verbatim(scalar.span, parentColumn: scalar.parentColumn, head: head, column: column, from: line)
        } else {
            let text = ScalarText.text(scalar, rule: shape.scalarRule, inFlow: false, source: source)
            self.line(head + " " + text, indent: column, claiming: line...scalar.lines.upperBound)
        }
    }

    /// A list's items, each `- ` at `indent`, and the comments at its end.
    mutating func items(_ sequence: WrittenSequence, shape: FormatShape, indent: Int) {
        var end = sequence.lines.lowerBound - 1
        for item in sequence.items {
            trivia(item.leading, indent: indent)
            let start = item.value.lines.lowerBound
            // A comment after a dash whose value starts below it goes above the item.
            if start > end + 1 { trivia(claim((end + 1)...(start - 1)).map(Trivia.comment), indent: indent) }
            let head = Self.pad(indent) + "-"
            if case .mapping(let mapping) = item.value,
                mapping.flow == nil || flowLayout(item.value, head: head, shape: shape.items) == .block
            {
                entries(mapping.entries, trailing: mapping.trailing, shape: shape.items, indent: indent, dashed: true)
            } else if case .sequence(let nested) = item.value, nested.flow == nil {
                // A comment after the dashes of a list in a list (`- - # note`) goes above them.
                let leaf = Self.firstLeaf(nested).lines.lowerBound
                if leaf > start { trivia(claim(start...(leaf - 1)).map(Trivia.comment), indent: indent) }
                opening(head, indent: indent, claiming: nil)
                items(nested, shape: shape.items, indent: indent + 2)
            } else {
                value(item.value, head: head, column: indent, shape: shape.items, from: start)
            }
            end = max(end, item.value.lines.upperBound)
        }
        trivia(sequence.trailing, indent: indent)
    }

    /// The first value of a list that is not itself a list.
    private static func firstLeaf(_ sequence: WrittenSequence) -> WrittenNode {
        guard let first = sequence.items.first?.value else { return .sequence(sequence) }
        if case .sequence(let nested) = first, nested.flow == nil { return firstLeaf(nested) }
        return first
    }
}
