import Yams

extension LayoutBuilder {
    mutating func flowMapping(_ mapping: Node.Mapping, at start: Int, _ parentColumn: Int) throws(FormatUnsupported)
        -> WrittenMapping
    {
        var entries: [WrittenEntry] = []
        var end = start + 1
        for (keyNode, valueNode) in mapping {
            let key = try key(keyNode, place: .flow)
            let value = try node(valueNode, parentColumn: parentColumn, inFlow: true)
            end = max(end, key.span.upperBound, Self.end(of: value) ?? end)
            entries.append(WrittenEntry(key: key, value: value))
        }
        let close = try closing("}", from: end, opening: start)
        return WrittenMapping(
            entries: entries, lines: source.line(of: start)...source.line(of: close - 1), column: column(of: start),
            flow: FlowText(span: start..<close, parentColumn: parentColumn))
    }

    mutating func flowSequence(_ sequence: Node.Sequence, at start: Int, _ parentColumn: Int) throws(FormatUnsupported)
        -> WrittenSequence
    {
        var items: [WrittenItem] = []
        var end = start + 1
        for itemNode in sequence {
            let item = try node(itemNode, parentColumn: parentColumn, inFlow: true)
            end = max(end, Self.end(of: item) ?? end)
            items.append(WrittenItem(value: item))
        }
        let close = try closing("]", from: end, opening: start)
        return WrittenSequence(
            items: items, lines: source.line(of: start)...source.line(of: close - 1), column: column(of: start),
            flow: FlowText(span: start..<close, parentColumn: parentColumn))
    }

    /// Where a flow node's text ends (nil for an empty value, which has none).
    private static func end(of node: WrittenNode) -> Int? {
        switch node {
        case .empty: nil
        case .scalar(let scalar): scalar.span.upperBound
        case .mapping(let mapping): mapping.flow?.span.upperBound
        case .sequence(let sequence): sequence.flow?.span.upperBound
        }
    }

    /// The end of a flow collection: past its closing bracket, found after its last entry over
    /// blanks, separators and comments.
    private func closing(_ bracket: Unicode.Scalar, from index: Int, opening: Int) throws(FormatUnsupported) -> Int {
        var index = index
        while let scalar = source[index] {
            if scalar == bracket { return index + 1 }
            if scalar == "#" {
                index = source.lineEnd(from: index)
            } else if SourceText.isBlank(scalar) || scalar == "," || scalar == ":" || scalar == "?" {
                index += 1
            } else {
                break
            }
        }
        throw unsupported("fmt can't find where this flow collection ends", at: opening)
    }
}
