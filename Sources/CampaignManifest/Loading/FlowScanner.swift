/// Finds the brackets of flow collections (`[`, `]`, `{`, `}`) in a YAML text that libyaml
/// could not parse, skipping what can hold a bracket as text: quoted scalars, comments, block
/// scalars and plain scalars in block context.
///
/// It only locates the cause of an error libyaml already reported (a bracket never closed, the
/// first bracket nested too deep), so it reads YAML loosely: a block scalar ends at the first
/// line indented no deeper than the token before its `|` or `>`, and a multi-line plain
/// scalar's next line is taken as a new token.
struct FlowScanner {
    let source: SourceText
    private(set) var index: Int
    /// Where the flow collections the scanner is in open, outermost first.
    private(set) var open: [Int]
    private var tokenStart = true
    private var plain = false
    private var blankBefore = true
    private var lineStart = 0
    private var lastToken: Int?

    init(_ source: SourceText, from index: Int = 0, in open: [Int] = []) {
        self.source = source
        self.index = index
        self.open = open
    }

    /// The index of the next bracket that opens or closes a flow collection, or nil at the end.
    mutating func nextBracket() -> Int? {
        while let scalar = source[index] {
            if let width = SourceText.breakWidth(source.scalars, at: index) {
                index += width
                (tokenStart, plain, blankBefore, lineStart) = (true, false, true, index)
            } else if scalar == " " || scalar == "\t" {
                index += 1
                blankBefore = true
            } else if scalar == "#", blankBefore {
                skipToLineEnd()
            } else if let bracket = step(scalar) {
                return bracket
            }
        }
        return nil
    }

    /// What `startToken` made of a scalar that may begin a token.
    private enum Start {
        case skipped, opened, notAToken
    }

    /// Reads one scalar, or the token it begins; the index of a bracket it met, if any.
    private mutating func step(_ scalar: Unicode.Scalar) -> Int? {
        let at = index
        blankBefore = false
        if tokenStart {
            switch startToken(scalar) {
            case .skipped: return nil
            case .opened: return at
            case .notAToken: break
            }
        }
        index += 1
        if open.isEmpty {
            if scalar == ":", endsIndicator(at + 1) { (tokenStart, plain) = (true, false) }
            return nil
        }
        switch scalar {
        case "[", "{":
            open.append(at)
            (tokenStart, plain) = (true, false)
            return at
        case "]", "}":
            open.removeLast()
            (tokenStart, plain) = (false, false)
            return at
        case ",": (tokenStart, plain) = (true, false)
        case ":" where !plain || endsIndicator(at + 1): (tokenStart, plain) = (true, false)
        default: break
        }
        return nil
    }

    /// Reads the token that begins at `index`, unless it is a plain scalar or a flow indicator
    /// that `step` reads.
    private mutating func startToken(_ scalar: Unicode.Scalar) -> Start {
        let inFlow = !open.isEmpty
        if inFlow, "]},".unicodeScalars.contains(scalar) { return .notAToken }
        if scalar == "\"" || scalar == "'" {
            (lastToken, tokenStart) = (index, false)
            skipQuoted(scalar)
        } else if scalar == "[" || scalar == "{" {
            lastToken = index
            open.append(index)
            index += 1
            return .opened
        } else if !inFlow, scalar == "|" || scalar == ">" {
            skipBlockScalar()
        } else if "&!*".unicodeScalars.contains(scalar) {
            skipProperty()
        } else if "-?:".unicodeScalars.contains(scalar), endsIndicator(index + 1), !inFlow || scalar != "-" {
            lastToken = index
            index += 1
        } else {
            (plain, tokenStart, lastToken) = (true, false, index)
            return .notAToken
        }
        return .skipped
    }

    /// Past an anchor, alias or tag.
    private mutating func skipProperty() {
        while let next = source[index], !SourceText.isBlank(next), open.isEmpty || !Self.isFlowIndicator(next) {
            index += 1
        }
    }

    /// Whether an indicator ends at `index`: a blank or the end follows (or, in flow, a bracket or comma).
    private func endsIndicator(_ index: Int) -> Bool {
        guard let next = source[index] else { return true }
        return SourceText.isBlank(next) || (!open.isEmpty && Self.isFlowIndicator(next))
    }

    private static func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
        ",[]{}".unicodeScalars.contains(scalar)
    }

    private mutating func skipToLineEnd() {
        while let scalar = source[index], !SourceText.isBreak(scalar) { index += 1 }
    }

    /// Past the closing quote (a backslash escapes in double quotes, `''` is a quote in single).
    private mutating func skipQuoted(_ quote: Unicode.Scalar) {
        index += 1
        while let scalar = source[index] {
            index += 1
            if quote == "\"", scalar == "\\" {
                index += 1
            } else if scalar == quote {
                guard quote == "'", source[index] == "'" else { return }
                index += 1
            }
        }
    }

    /// Past the lines indented deeper than the token that the block scalar belongs to.
    private mutating func skipBlockScalar() {
        // The token it belongs to: the key or `-` before it on its line; alone on its line, one
        // column less indented than itself.
        let owner = lastToken.flatMap { $0 >= lineStart ? $0 - lineStart : nil } ?? index - lineStart - 1
        skipToLineEnd()
        while let width = source[index].flatMap({ _ in SourceText.breakWidth(source.scalars, at: index) }) {
            var next = index + width
            var indent = 0
            while source[next] == " " { (next, indent) = (next + 1, indent + 1) }
            if let scalar = source[next], !SourceText.isBreak(scalar), indent <= owner { return }
            index = next
            skipToLineEnd()
        }
    }
}
