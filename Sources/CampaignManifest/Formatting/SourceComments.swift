/// The comments of a YAML text, told apart from `#` inside values by the spans of its scalars:
/// a `#` is a comment where it starts a line or follows a blank, outside every scalar.
struct SourceComments {
    enum Line: Equatable {
        case blank
        /// A line holding only a comment, at `column`.
        case comment(column: Int, text: String)
        /// Anything else: a key, a value, a dash, part of a scalar written over several lines.
        case content
    }

    /// Each line of the text, what it holds.
    private(set) var lines: [Line] = []
    /// Comments after something else on their line (a value, a key, a bracket), by line.
    private(set) var trailing: [Int: String] = [:]

    /// `masks` are the spans of every scalar of the text (block scalars with their bodies).
    init(source: SourceText, masks: [Range<Int>]) {
        let masks = masks.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var next = 0
        lines.reserveCapacity(source.lineCount)
        for line in 0..<source.lineCount {
            lines.append(scan(line, source, masks, &next))
        }
    }

    /// Every comment's text, full-line and trailing, for checking that none went missing.
    var texts: [String] {
        lines.compactMap { if case .comment(_, let text) = $0 { text } else { nil } } + trailing.values
    }

    private mutating func scan(_ line: Int, _ source: SourceText, _ masks: [Range<Int>], _ next: inout Int) -> Line {
        let start = source.lineStarts[line]
        let end = source.lineEnd(from: start)
        var index = start
        while next < masks.count, masks[next].upperBound <= start { next += 1 }
        // A line that starts inside a scalar written over several lines (or a block scalar's body).
        var hasContent = next < masks.count && masks[next].lowerBound < start
        while index < end {
            while next < masks.count, masks[next].upperBound <= index { next += 1 }
            if next < masks.count, masks[next].contains(index) {
                (index, hasContent) = (masks[next].upperBound, true)
                continue
            }
            let scalar = source.scalars[index]
            if scalar == "#", index == start || SourceText.isBlank(source.scalars[index - 1]) {
                let text = Self.trimmed(source.string(index..<end))
                guard hasContent else { return .comment(column: index - start, text: text) }
                trailing[line] = text
                return .content
            }
            if scalar != " " && scalar != "\t" { hasContent = true }
            index += 1
        }
        return hasContent ? .content : .blank
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
