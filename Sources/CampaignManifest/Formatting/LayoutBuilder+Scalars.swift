import Yams

extension LayoutBuilder {
    /// A mapping's key: a plain or quoted string on one line. Merge keys, explicit (`? `) and
    /// complex keys are not rewritten.
    mutating func key(_ node: Node, place: ScalarPlace) throws(FormatUnsupported) -> WrittenScalar {
        guard case .scalar(let scalar) = node, scalar.style != .literal, scalar.style != .folded else {
            throw FormatUnsupported(reason: "it has a key that is not a string", position: TextPosition.of(node.mark))
        }
        if scalar.style == .plain && (scalar.string == "<<" || scalar.string.isEmpty) {
            let reason =
                scalar.string.isEmpty
                ? "it has an empty key" : "it uses YAML merge keys (<<), which fmt doesn't rewrite"
            throw FormatUnsupported(reason: reason, position: TextPosition.of(scalar.mark))
        }
        let key = try self.scalar(scalar, place: place, parentColumn: 0)
        if place == .blockKey, isExplicitKey(at: key.span.lowerBound) {
            throw unsupported("it uses explicit keys (? key), which fmt doesn't rewrite", at: key.span.lowerBound)
        }
        guard key.lines.count == 1 else {
            throw unsupported("it has a key written over several lines", at: key.span.lowerBound)
        }
        return key
    }

    /// Whether a `?` stands before the key on its line.
    private func isExplicitKey(at index: Int) -> Bool {
        var index = index - 1
        while let scalar = source[index], scalar == " " || scalar == "\t" { index -= 1 }
        return source[index] == "?"
    }

    mutating func scalar(_ scalar: Node.Scalar, place: ScalarPlace, parentColumn: Int) throws(FormatUnsupported)
        -> WrittenScalar
    {
        let start = try start(scalar.mark)
        let value = restoresAliases ? AliasFreeText.restored(scalar.string) : scalar.string
        var written = WrittenScalar(
            value: value, style: scalar.style, span: start..<start, lines: 0...0, parentColumn: parentColumn)
        switch scalar.style {
        case .literal, .folded:
            written.span = start..<source.blockHeaderEnd(from: start)
            let header = source.line(of: start)
            let last = source.blockBodyEnd(header: written.span, parentColumn: parentColumn)
            written.body = last.map { ((header + 1)...$0).map(source.lineText) } ?? []
            written.lines = header...(last ?? header)
            // The header's line may end with a comment; the body is all value.
            masks.append(written.span)
            if let last { masks.append(source.lineStarts[header + 1]..<source.lineEnd(from: source.lineStarts[last])) }
            return written
        case .singleQuoted, .doubleQuoted:
            guard let end = source.quotedEnd(from: start) else {
                throw unsupported("fmt can't find where this quoted value ends", at: start)
            }
            written.span = start..<end
        default:
            guard let end = source.plainEnd(from: start, value: value, place: place) else {
                throw unsupported("fmt can't tell where this value ends", at: start)
            }
            written.span = start..<end
        }
        written.lines = source.line(of: start)...source.line(of: max(start, written.span.upperBound - 1))
        masks.append(written.span)
        return written
    }
}
