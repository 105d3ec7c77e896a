import Yams

/// A 1-based line and column, counted as libyaml counts them (Yams' `Mark` can't be made
/// outside Yams).
struct TextPosition: Hashable, Comparable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        (self.line, self.column) = (line, column)
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A YAML text as libyaml counts it: Unicode scalars, and lines broken where YAML breaks them
/// (`\n`, `\r\n`, `\r`, NEL, LS and PS), so that a `Mark` finds the character it names.
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// The index of each line's first scalar.
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        var index = 0
        while index < scalars.count {
            if let width = Self.breakWidth(scalars, at: index) {
                index += width
                starts.append(index)
            } else {
                index += 1
            }
        }
        lineStarts = starts
    }

    /// The number of scalars of the line break at `index`, or nil when there is none.
    static func breakWidth(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        switch scalars[index] {
        case "\r": index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
        case "\n", "\u{85}", "\u{2028}", "\u{2029}": 1
        default: nil
        }
    }

    /// The index a position points at, or nil when it is past the text.
    func index(of position: TextPosition) -> Int? {
        guard position.line >= 1, position.line <= lineStarts.count, position.column >= 1 else { return nil }
        let index = lineStarts[position.line - 1] + position.column - 1
        return index < scalars.count ? index : nil
    }

    func index(of mark: Mark?) -> Int? {
        mark.flatMap { index(of: TextPosition($0)) }
    }

    /// The line and column of `index`.
    func position(of index: Int) -> TextPosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return TextPosition(line: low + 1, column: index - lineStarts[low] + 1)
    }

    subscript(index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text of `range` (a document cut short; each value `fmt` writes as it was written),
    /// encoded straight into the string's storage.
    func string(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count * 4) { buffer in
            var count = 0
            for scalar in scalars[range] {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a scalar may be part of an anchor or alias name, as libyaml reads them.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "-")
    }

    /// The anchor or alias name that starts at `index`.
    func name(at index: Int) -> String {
        var end = index
        while let scalar = self[end], Self.isNameScalar(scalar) { end += 1 }
        return string(index..<end)
    }
}

extension SourceText {
    /// The index after a tag at `index` and the blanks, line breaks and comments that follow it.
    func indexAfterTag(_ index: Int) -> Int {
        var index = index
        while let scalar = self[index], !Self.isBlank(scalar) { index += 1 }
        while let scalar = self[index] {
            if Self.isBlank(scalar) {
                index += 1
            } else if scalar == "#" {
                while let next = self[index], !Self.isBreak(next) { index += 1 }
            } else {
                break
            }
        }
        return index
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// A space, tab or line break.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || isBreak(scalar)
    }
}
