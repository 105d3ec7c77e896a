extension LayoutEmitter {
    /// A flow collection: on one line when it fits (`days: [mon, tue]`), as a block when it
    /// doesn't, and as written (moved with its key) when it holds a comment or a value written
    /// over several lines, which one line can't hold.
    mutating func flow(_ node: WrittenNode, head: String, column: Int, shape: FormatShape, from line: Int) {
        switch flowLayout(node, head: head, shape: shape) {
        case .oneLine(let text):
            self.line(head + " " + text, indent: column, claiming: line...node.lines.upperBound)
        case .block:
            opening(head, indent: column, claiming: line...node.lines.upperBound)
            if case .mapping(let mapping) = node {
                entries(mapping.entries, trailing: [], shape: shape, indent: column + 2, dashed: false)
            } else if case .sequence(let sequence) = node {
                items(sequence, shape: shape, indent: column + 2)
            }
        case .verbatim:
            if let flow = node.flow {
                verbatim(flow.span, parentColumn: flow.parentColumn, head: head, column: column, from: line)
            }
        }
    }

    enum FlowLayout: Equatable {
        case oneLine(String), block, verbatim
    }

    /// How a flow collection after `head` is written.
    func flowLayout(_ node: WrittenNode, head: String, shape: FormatShape) -> FlowLayout {
        guard !holdsComments(node.lines), let text = oneLine(node, shape) else { return .verbatim }
        if (head + " " + text).count <= Self.width { return .oneLine(text) }
        switch node {
        case .mapping(let mapping) where !mapping.entries.isEmpty: return .block
        case .sequence(let sequence) where !sequence.items.isEmpty: return .block
        default: return .oneLine(text)
        }
    }

    /// Whether a comment stands inside the lines of a flow collection (before its last line,
    /// whose comment follows its closing bracket).
    private func holdsComments(_ lines: ClosedRange<Int>) -> Bool {
        (lines.lowerBound..<lines.upperBound).contains { trailing[$0] != nil }
            || lines.contains { if case .comment = lineKinds[$0] { true } else { false } }
    }

    /// A flow node on one line, or nil when a value in it can't be (written over several lines,
    /// or empty).
    func oneLine(_ node: WrittenNode, _ shape: FormatShape) -> String? {
        switch node {
        case .empty:
            return nil
        case .scalar(let scalar):
            guard !scalar.isBlock, !scalar.isMultiLine else { return nil }
            return ScalarText.text(scalar, rule: shape.scalarRule, inFlow: true, source: source)
        case .mapping(let mapping):
            let keyRule = shape.hasFields ? ScalarRule.string : shape.entries?.keys ?? .asWritten
            var parts: [String] = []
            for entry in Self.ordered(mapping.entries, shape) {
                guard let value = oneLine(entry.value, shape.field(entry.key.value)) else { return nil }
                parts.append(ScalarText.text(entry.key, rule: keyRule, inFlow: true, source: source) + ": " + value)
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case .sequence(let sequence):
            var parts: [String] = []
            for item in sequence.items {
                guard let value = oneLine(item.value, shape.items) else { return nil }
                parts.append(value)
            }
            return "[" + parts.joined(separator: ", ") + "]"
        }
    }

    /// Text written over several lines, as written: its first line after `head`, the others
    /// moved as far as its key or dash moved. Comments inside it stay in it; one after its end
    /// follows it, and one on the key's line before it goes above.
    mutating func verbatim(_ span: Range<Int>, parentColumn: Int, head: String, column: Int, from line: Int) {
        let first = source.line(of: span.lowerBound)
        let last = source.line(of: max(span.lowerBound, span.upperBound - 1))
        if first > line { trivia(claim(line...(first - 1)).map(Trivia.comment), indent: column) }
        if last > first { _ = claim(first...(last - 1)) }
        let parts = (first...last).map { number in
            let start = source.lineStarts[number]
            return source.string(max(start, span.lowerBound)..<min(source.lineEnd(from: start), span.upperBound))
        }
        output.append(head + " " + parts[0])
        append(shifted: parts.dropFirst(), by: column - parentColumn)
        if let comment = claim(last...last).last { output[output.count - 1] += " " + comment }
    }
}

extension WrittenNode {
    var flow: FlowText? {
        switch self {
        case .mapping(let mapping): mapping.flow
        case .sequence(let sequence): sequence.flow
        case .empty, .scalar: nil
        }
    }
}
