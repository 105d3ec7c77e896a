/// Gives each blank line and full-line comment to what it belongs to, in one pass in the order
/// written: to the entry or item below it, or, after a collection's last entry, to that
/// collection when it is indented at least as far as the collection's entries. So a comment
/// travels with its key when keys are reordered, and one closing a mapping stays at its end.
struct TriviaAttacher {
    let lines: [SourceComments.Line]
    /// The first line not yet given to anything.
    private var cursor = 0

    init(lines: [SourceComments.Line]) {
        self.lines = lines
    }

    /// `minColumn`: how far a comment after the last entry must be indented to stay with this
    /// mapping; `limit`: the line where whatever follows it starts.
    mutating func attach(_ mapping: WrittenMapping, minColumn: Int, limit: Int) -> WrittenMapping {
        guard mapping.flow == nil else { return skip(mapping, mapping.lines) }
        var mapping = mapping
        for index in mapping.entries.indices {
            let entry = mapping.entries[index]
            let next = index + 1 < mapping.entries.count ? mapping.entries[index + 1].key.lines.lowerBound : limit
            mapping.entries[index].leading = take(upTo: entry.key.lines.lowerBound)
            cursor = max(cursor, entry.key.lines.upperBound + 1)
            if !entry.value.isBlockCollection {
                // A comment between a key and a value on a later line goes above the key.
                mapping.entries[index].leading += take(upTo: entry.value.lines.lowerBound).filter { $0 != .blank }
            }
            mapping.entries[index].value = attach(entry.value, minColumn: mapping.column + 1, limit: next)
        }
        mapping.trailing = claimEnd(minColumn: max(minColumn, mapping.column), limit: limit)
        return mapping
    }

    mutating func attach(_ sequence: WrittenSequence, minColumn: Int, limit: Int) -> WrittenSequence {
        guard sequence.flow == nil else { return skip(sequence, sequence.lines) }
        var sequence = sequence
        for index in sequence.items.indices {
            let value = sequence.items[index].value
            let next = index + 1 < sequence.items.count ? sequence.items[index + 1].value.lines.lowerBound : limit
            sequence.items[index].leading = take(upTo: value.lines.lowerBound)
            sequence.items[index].value = attach(value, minColumn: sequence.column + 1, limit: next)
        }
        sequence.trailing = claimEnd(minColumn: max(minColumn, sequence.column), limit: limit)
        return sequence
    }

    private mutating func attach(_ node: WrittenNode, minColumn: Int, limit: Int) -> WrittenNode {
        switch node {
        case .mapping(let mapping): .mapping(attach(mapping, minColumn: minColumn, limit: limit))
        case .sequence(let sequence): .sequence(attach(sequence, minColumn: minColumn, limit: limit))
        case .empty, .scalar: skip(node, node.lines)
        }
    }

    /// A node whose lines hold no trivia of their own (a flow collection keeps its comments).
    private mutating func skip<Node>(_ node: Node, _ lines: ClosedRange<Int>) -> Node {
        cursor = max(cursor, lines.upperBound + 1)
        return node
    }

    /// The blank lines and comments from the cursor up to `line`.
    private mutating func take(upTo line: Int) -> [Trivia] {
        var trivia: [Trivia] = []
        while cursor < line {
            switch lines[cursor] {
            case .blank: trivia.append(.blank)
            case .comment(_, let text): trivia.append(.comment(text))
            case .content: break
            }
            cursor += 1
        }
        return trivia
    }

    /// The comments (and the blank lines between them) after a collection's last entry that
    /// are indented at least `minColumn`, up to the first that isn't.
    private mutating func claimEnd(minColumn: Int, limit: Int) -> [Trivia] {
        var trivia: [Trivia] = []
        var blank = false
        var line = cursor
        while line < limit {
            switch lines[line] {
            case .blank: blank = true
            case .comment(let column, let text) where column >= minColumn:
                if blank { trivia.append(.blank) }
                trivia.append(.comment(text))
                (blank, cursor) = (false, line + 1)
            default: return trivia
            }
            line += 1
        }
        return trivia
    }
}

extension WrittenNode {
    var isBlockCollection: Bool {
        switch self {
        case .mapping(let mapping): mapping.flow == nil
        case .sequence(let sequence): sequence.flow == nil
        case .empty, .scalar: false
        }
    }
}
