import Yams

/// Why `fmt` leaves a file as it was written: something it doesn't rewrite, and where.
struct FormatUnsupported: Error {
    var reason: String
    var position: TextPosition
}

/// Finds where each node of a composed document is written, from the marks libyaml gives
/// (where a node starts) and the text (where it ends), collecting every scalar's span so that
/// a `#` inside a value is never taken for a comment.
struct LayoutBuilder {
    let source: SourceText
    /// The tree was composed with every `*` replaced (`AliasFreeText`): values get theirs back.
    let restoresAliases: Bool
    var masks: [Range<Int>] = []

    init(source: SourceText, restoresAliases: Bool) {
        self.source = source
        self.restoresAliases = restoresAliases
    }

    mutating func root(_ node: Node) throws(FormatUnsupported) -> WrittenMapping {
        guard case .mapping(let mapping) = node, let index = try? start(mapping.mark), source.scalars[index] != "{"
        else { throw FormatUnsupported(reason: "its top level is not a mapping of keys", position: .start) }
        return try blockMapping(mapping)
    }

    mutating func node(_ node: Node, parentColumn: Int, inFlow: Bool) throws(FormatUnsupported) -> WrittenNode {
        switch node {
        case .scalar(let scalar) where scalar.style == .plain && scalar.string.isEmpty:
            if let index = source.index(of: scalar.mark), ["&", "!"].contains(source.scalars[index]) {
                _ = try start(scalar.mark)
            }
            return .empty(line: (scalar.mark?.line ?? 1) - 1)
        case .scalar(let scalar):
            return .scalar(try self.scalar(scalar, place: inFlow ? .flow : .blockValue, parentColumn: parentColumn))
        case .mapping(let mapping):
            let index = try start(mapping.mark)
            if source.scalars[index] == "{" { return .mapping(try flowMapping(mapping, at: index, parentColumn)) }
            guard !inFlow else {
                throw unsupported("it has a key: value pair in a flow list, which fmt doesn't rewrite", at: index)
            }
            return .mapping(try blockMapping(mapping))
        case .sequence(let sequence):
            let index = try start(sequence.mark)
            if source.scalars[index] == "[" { return .sequence(try flowSequence(sequence, at: index, parentColumn)) }
            return .sequence(try blockSequence(sequence, at: index))
        case .alias(let alias):
            throw FormatUnsupported(
                reason: "it uses YAML anchors and aliases, which fmt doesn't rewrite",
                position: TextPosition.of(alias.mark))
        }
    }

    /// Where a node's text starts; anchors, aliases and tags are not rewritten.
    func start(_ mark: Mark?) throws(FormatUnsupported) -> Int {
        guard let mark, let index = source.index(of: mark) else {
            throw FormatUnsupported(reason: "fmt can't find a value's place in the text", position: .start)
        }
        switch source.scalars[index] {
        case "&", "*": throw unsupported("it uses YAML anchors and aliases, which fmt doesn't rewrite", at: index)
        case "!": throw unsupported("it uses YAML tags, which fmt doesn't rewrite", at: index)
        default: return index
        }
    }

    func unsupported(_ reason: String, at index: Int) -> FormatUnsupported {
        FormatUnsupported(reason: reason, position: source.position(of: index))
    }

    func column(of index: Int) -> Int { source.position(of: index).column - 1 }

    private mutating func blockMapping(_ mapping: Node.Mapping) throws(FormatUnsupported) -> WrittenMapping {
        var entries: [WrittenEntry] = []
        for (keyNode, valueNode) in mapping {
            let key = try key(keyNode, place: .blockKey)
            let value = try node(valueNode, parentColumn: column(of: key.span.lowerBound), inFlow: false)
            entries.append(WrittenEntry(key: key, value: value))
        }
        guard let first = entries.first, let last = entries.last else {
            throw FormatUnsupported(reason: "it holds an empty block mapping", position: TextPosition.of(mapping.mark))
        }
        return WrittenMapping(
            entries: entries, lines: first.lines.lowerBound...last.lines.upperBound,
            column: column(of: first.key.span.lowerBound))
    }

    private mutating func blockSequence(_ sequence: Node.Sequence, at index: Int) throws(FormatUnsupported)
        -> WrittenSequence
    {
        guard source.scalars[index] == "-" else {
            throw unsupported("a list is written in a way fmt can't follow", at: index)
        }
        let dash = column(of: index)
        var items: [WrittenItem] = []
        for item in sequence { items.append(WrittenItem(value: try node(item, parentColumn: dash, inFlow: false))) }
        let first = source.line(of: index)
        return WrittenSequence(
            items: items, lines: first...max(first, items.last?.value.lines.upperBound ?? first), column: dash)
    }
}

extension TextPosition {
    /// Where a mark points, or the start when the node has none.
    static func of(_ mark: Mark?) -> TextPosition { mark.map(TextPosition.init) ?? .start }
}
