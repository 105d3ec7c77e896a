/// The lines of a literal or folded scalar below its header, found as libyaml finds them.
extension SourceText {
    /// The number of lines, not counting the empty one after a final line break.
    var lineCount: Int {
        lineStarts.last == scalars.count && lineStarts.count > 1 ? lineStarts.count - 1 : lineStarts.count
    }

    /// The text of a 0-based line, without its line break.
    func lineText(_ line: Int) -> String {
        let start = lineStarts[line]
        return string(start..<lineEnd(from: start))
    }

    /// The spaces a line starts with, and whether nothing else is on it.
    func indentation(ofLine line: Int) -> (spaces: Int, isBlank: Bool) {
        var index = lineStarts[line]
        var spaces = 0
        while let scalar = self[index], scalar == " " {
            index += 1
            spaces += 1
        }
        while let scalar = self[index], scalar == "\t" { index += 1 }
        return (spaces, self[index].map(Self.isBreak) ?? true)
    }

    /// The last line of the body of the block scalar whose header is `header` (a range of the
    /// text), nil when it has none. Its content is indented past `parentColumn` (the column of
    /// the key or dash it belongs to), as far as an explicit indicator says or as its first
    /// line is; blank lines at its end belong to it only when kept (`|+`).
    func blockBodyEnd(header: Range<Int>, parentColumn: Int) -> Int? {
        let indicators = scalars[header]
        let explicit = indicators.first { ("1"..."9").contains($0) }.map { Int($0.value) - 48 }
        let keeps = indicators.contains("+")
        var content = explicit.map { max(parentColumn, 0) + $0 }
        var last: Int?
        var line = self.line(of: header.lowerBound) + 1
        while line < lineCount {
            let (spaces, isBlank) = indentation(ofLine: line)
            if isBlank {
                if keeps { last = line }
            } else {
                if content == nil, spaces > parentColumn { content = spaces }
                guard let content, spaces >= content else { break }
                last = line
            }
            line += 1
        }
        return last
    }
}
