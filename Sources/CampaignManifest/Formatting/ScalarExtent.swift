/// Where a scalar is written: it ends differently as a block mapping's key, a block value or
/// inside a flow collection.
enum ScalarPlace {
    case blockKey, blockValue, flow
}

/// Where a scalar's text ends. libyaml marks where each node starts, never where it ends, and
/// `fmt` reuses the text that was written, so it reads the end from the text, as libyaml would.
extension SourceText {
    /// The 0-based line of `index`.
    func line(of index: Int) -> Int { position(of: index).line - 1 }

    /// The index of the line break that ends the line holding `index` (or the text's end).
    func lineEnd(from index: Int) -> Int {
        var index = index
        while index < scalars.count, !Self.isBreak(scalars[index]) { index += 1 }
        return index
    }

    /// The end of a quoted scalar opening at `start`: after its closing quote, or nil.
    func quotedEnd(from start: Int) -> Int? {
        let quote = scalars[start]
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if quote == "\"" && scalar == "\\" {
                index += 2
                continue
            }
            if scalar == quote {
                // In single quotes, '' is a quote.
                guard quote == "'", self[index + 1] == "'" else { return index + 1 }
                index += 1
            }
            index += 1
        }
        return nil
    }

    /// The end of a plain scalar starting at `start` whose value is `value`: on its line, or on
    /// the lines it was folded from.
    func plainEnd(from start: Int, value: String, place: ScalarPlace) -> Int? {
        let end = segmentEnd(from: start, place: place)
        if value.unicodeScalars.elementsEqual(scalars[start..<end]) { return end }
        guard place != .blockKey else { return nil }
        return foldedEnd(after: end, folded: Array(scalars[start..<end]), value: Array(value.unicodeScalars), place)
    }

    /// Continues a plain scalar over the next lines, folded as YAML folds them (a line break is
    /// a space, an empty line a line break), until it spells `value`.
    private func foldedEnd(
        after end: Int, folded: [Unicode.Scalar], value: [Unicode.Scalar], _ place: ScalarPlace
    ) -> Int? {
        var folded = folded
        var emptyLines = 0
        var index = end
        while index < scalars.count {
            index = lineEnd(from: index)
            guard let width = Self.breakWidth(scalars, at: index) else { return nil }
            index += width
            while let scalar = self[index], scalar == " " || scalar == "\t" { index += 1 }
            if index == scalars.count || Self.isBreak(scalars[index]) {
                emptyLines += 1
                continue
            }
            let segment = segmentEnd(from: index, place: place)
            guard scalars[index] != "#", segment > index else { return nil }
            folded += emptyLines == 0 ? [" "] : Array(repeating: "\n", count: emptyLines)
            folded += scalars[index..<segment]
            guard value.starts(with: folded) else { return nil }
            if folded.count == value.count { return segment }
            (emptyLines, index) = (0, segment)
        }
        return nil
    }

    /// The end of the part of a line, from `start`, that a plain scalar can hold: before a
    /// comment, before `: ` for a key, before an indicator in flow; trailing blanks left out.
    private func segmentEnd(from start: Int, place: ScalarPlace) -> Int {
        var index = start
        var end = start
        while index < scalars.count {
            let scalar = scalars[index]
            if Self.isBreak(scalar) || (scalar == "#" && index > start && Self.isBlank(scalars[index - 1])) { break }
            if place == .flow && Self.isFlowIndicator(scalar) { break }
            if scalar == ":" && place != .blockValue && endsKey(after: index, inFlow: place == .flow) { break }
            if scalar != " " && scalar != "\t" { end = index + 1 }
            index += 1
        }
        return end
    }

    private func endsKey(after colon: Int, inFlow: Bool) -> Bool {
        guard let next = self[colon + 1] else { return true }
        return Self.isBlank(next) || (inFlow && Self.isFlowIndicator(next))
    }

    static func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "[" || scalar == "]" || scalar == "{" || scalar == "}"
    }

    /// The end of a block scalar's header (`|`, `>-`, `|2+`) starting at `start`.
    func blockHeaderEnd(from start: Int) -> Int {
        var index = start + 1
        while let scalar = self[index], scalar == "+" || scalar == "-" || ("1"..."9").contains(scalar) { index += 1 }
        return index
    }
}
