import Yams

/// A YAML document as it was written, for `fmt`: every node with the text and lines it spans,
/// and the blank lines and full-line comments attached to the entries they stand above and to
/// the collections they close. Lines are counted from 0; columns from 0, in Unicode scalars.
struct Layout {
    var root: WrittenMapping
    /// The line of a `---` before the first key, kept as the first line.
    var marker: Int?
}

/// A blank line or a full-line comment (its text from `#`).
enum Trivia: Equatable {
    case blank
    case comment(String)
}

indirect enum WrittenNode {
    /// A key or a dash with nothing after it (null).
    case empty(line: Int)
    case scalar(WrittenScalar)
    case mapping(WrittenMapping)
    case sequence(WrittenSequence)

    var lines: ClosedRange<Int> {
        switch self {
        case .empty(let line): line...line
        case .scalar(let scalar): scalar.lines
        case .mapping(let mapping): mapping.lines
        case .sequence(let sequence): sequence.lines
        }
    }
}

struct WrittenScalar {
    var value: String
    var style: Node.Scalar.Style
    /// Its text in the source; a block scalar's header (`|-`) only.
    var span: Range<Int>
    var lines: ClosedRange<Int>
    /// The column the key or dash it belongs to stood at: text over several lines is moved
    /// with it.
    var parentColumn: Int
    /// A literal or folded scalar's lines below its header, as written.
    var body: [String]?

    var isBlock: Bool { body != nil }
    /// A quoted or plain scalar written over several lines.
    var isMultiLine: Bool { body == nil && lines.count > 1 }
}

struct WrittenEntry {
    var key: WrittenScalar
    var value: WrittenNode
    /// The blank lines and comments above the key.
    var leading: [Trivia] = []

    var lines: ClosedRange<Int> { key.lines.lowerBound...max(key.lines.upperBound, value.lines.upperBound) }
}

struct WrittenItem {
    var value: WrittenNode
    var leading: [Trivia] = []
}

/// A flow collection's text (`[a, b]`, `{k: v}`) and the column its key or dash stood at.
struct FlowText {
    var span: Range<Int>
    var parentColumn: Int
}

struct WrittenMapping {
    var entries: [WrittenEntry]
    var lines: ClosedRange<Int>
    /// The column of its keys (block style).
    var column: Int
    var flow: FlowText?
    /// The blank lines and comments after its last entry that belong to it.
    var trailing: [Trivia] = []
}

struct WrittenSequence {
    var items: [WrittenItem]
    var lines: ClosedRange<Int>
    /// The column of its dashes (block style).
    var column: Int
    var flow: FlowText?
    var trailing: [Trivia] = []
}
