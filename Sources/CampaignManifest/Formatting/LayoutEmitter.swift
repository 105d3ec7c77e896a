/// Writes a `Layout` in the canonical layout: keys in `FormatShape`'s order, two spaces a level,
/// lists indented under their key, at most one blank line in a row, and every comment where it
/// was attached: full-line ones above their entry or at the end of their collection, trailing
/// ones after what they followed.
struct LayoutEmitter {
    /// Flow collections (`[mon, tue]`) longer than this on their line are written as blocks.
    static let width = 120

    let source: SourceText
    let lineKinds: [SourceComments.Line]
    /// Comments after something on their line, by line, until written.
    private(set) var trailing: [Int: String]
    var output: [String] = []
    /// Whether the last line opened a collection (`key:`, `-`): no blank line goes right after it.
    private var opened = true

    init(source: SourceText, comments: SourceComments) {
        self.source = source
        lineKinds = comments.lines
        trailing = comments.trailing
    }

    mutating func document(_ layout: Layout, shape: FormatShape) -> String {
        if let marker = layout.marker {
            line("---", indent: 0, claiming: marker...marker)
            opened = true
        }
        var entries = layout.root.entries
        // The comments above the first key written are the file's header: they stay on top,
        // whichever key comes first now.
        trivia(entries[0].leading, indent: 0)
        entries[0].leading = []
        self.entries(entries, trailing: layout.root.trailing, shape: shape, indent: 0, dashed: false)
        return output.joined(separator: "\n") + "\n"
    }

    /// A line, with the comments that followed anything on `lines`: the last after it, any
    /// other above it.
    mutating func line(_ text: String, indent: Int, claiming lines: ClosedRange<Int>?) {
        let comments = lines.map { claim($0) } ?? []
        for comment in comments.dropLast() { output.append(Self.pad(indent) + comment) }
        output.append(comments.last.map { text + " " + $0 } ?? text)
        opened = false
    }

    /// A line that opens a collection written below it.
    mutating func opening(_ text: String, indent: Int, claiming lines: ClosedRange<Int>?) {
        line(text, indent: indent, claiming: lines)
        opened = true
    }

    /// The trailing comments of `lines` not written yet, now taken.
    mutating func claim(_ lines: ClosedRange<Int>) -> [String] {
        guard !trailing.isEmpty else { return [] }
        return lines.compactMap { trailing.removeValue(forKey: $0) }
    }

    mutating func trivia(_ trivia: [Trivia], indent: Int) {
        for item in trivia {
            switch item {
            case .blank:
                if !opened, output.last?.isEmpty == false { output.append("") }
            case .comment(let text):
                output.append(Self.pad(indent) + text)
                opened = false
            }
        }
    }

    /// Lines written as they were (a block scalar's body, a value over several lines), moved
    /// right or left by `shift` columns.
    mutating func append(shifted lines: some Sequence<String>, by shift: Int) {
        for text in lines { output.append(Self.shifted(text, by: shift)) }
        opened = false
    }

    static func shifted(_ text: String, by shift: Int) -> String {
        if text.isEmpty || shift == 0 { return text }
        if shift > 0 { return pad(shift) + text }
        return String(text.dropFirst(min(-shift, text.prefix { $0 == " " }.count)))
    }

    static func pad(_ count: Int) -> String { String(repeating: " ", count: count) }
}
