/// How deep a YAML text's collections can nest, read from its bytes in one pass: enough for
/// `AliasExpansionGuard` to know, without walking the millions of nodes of 100,000 contacts,
/// that a text without aliases nests no deeper than its limit. Nil when it can't tell; the
/// guard then walks the tree as before.
///
/// The bound follows libyaml's scanner (`scanner.c` in Yams' CYaml) and holds for any text
/// that composed:
/// - A block collection starts where the scanner pushes an indentation column, at a token
///   scanned while a simple key is allowed: the first token of a line, or one right after a
///   `-`, `?` or `:` indicator that is itself such a token (`- - a`, `- key: v`, `? a: b`).
///   Those columns are a line's candidates. The columns pushed at once are distinct, and each
///   block mapping holds at most one sequence written at its own column (`key:` then `- item`
///   below it), so block collections nest at most twice as deep as there are candidate columns.
/// - A flow collection starts at a `[` or `{` token. Scanned as if it began a token, to its
///   closing bracket on the same line (`NestingBound+Flow.swift`), a real one gives its exact
///   bracket depth, since how flow context scans doesn't depend on what came before it. The
///   outermost ones follow a blank or start their line (after a scalar, an alias, a tag or a
///   bracket, a `[` is text, an error, or inside another flow collection), so those brackets
///   are scanned, except the ones an earlier scan read as openers. A pair in a sequence
///   (`[a: b]`) adds at most one level per sequence, so flow collections nest at most twice as
///   deep as their brackets.
///
/// Whatever it doesn't follow makes it give up: a flow collection over several lines, a tag or
/// a comment in one, a byte order mark or a Unicode line break (NEL, LS, PS) anywhere.
struct NestingBound {
    /// The bound, or nil when it can't be worked out or passes `limit`.
    static func of(_ text: String, upTo limit: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var scan = NestingBound(bytes: bytes, limit: limit)
            var index = 0
            while index < bytes.count {
                guard let next = scan.line(from: index) else { return nil }
                index = next
            }
            return scan.bound
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private let limit: Int
    /// The distinct candidate columns, in bytes (a line's candidates follow only ASCII).
    private var columns: [Int] = []
    /// The most brackets a flow collection nests.
    private var brackets = 0
    /// Brackets of this line that a flow scan read as openers: a scan from one of them would
    /// read on exactly as that one did, so it measured them already.
    var measured: Set<Int> = []
    /// Bytes read by flow scans, which may overlap: past a few times the text, it gives up.
    var work = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    private var bound: Int { 2 * columns.count + 2 * brackets }

    /// Reads the line starting at `start`; where the next one starts, or nil to give up.
    private mutating func line(from start: Int) -> Int? {
        var index = start
        while true {
            while index < bytes.count, bytes[index] == Byte.space || bytes[index] == Byte.tab { index += 1 }
            guard index < bytes.count, !Self.isBreak(bytes[index]), bytes[index] != Byte.hash else { break }
            guard add(index - start) else { return nil }
            guard indicator(at: index) else { break }
            index += 1
        }
        if !measured.isEmpty { measured.removeAll(keepingCapacity: true) }
        while index < bytes.count, !Self.isBreak(bytes[index]) {
            switch bytes[index] {
            case Byte.openBracket, Byte.openBrace:
                guard index == start || bytes[index - 1] == Byte.space || bytes[index - 1] == Byte.tab else { break }
                if !measured.isEmpty, measured.contains(index) { break }
                guard let depth = flowDepth(from: index, cap: (limit - bound) / 2 + brackets) else { return nil }
                brackets = max(brackets, depth)
            case 0xC2, 0xE2, 0xEF:
                guard !unicodeBreakOrMark(at: index) else { return nil }
            default:
                break
            }
            index += 1
        }
        return index + 1
    }

    /// Records a candidate column; false once the bound passes the limit.
    private mutating func add(_ column: Int) -> Bool {
        if !columns.contains(column) { columns.append(column) }
        return bound <= limit
    }

    /// `-`, `?` or `:` followed by a blank, a break or the end.
    private func indicator(at index: Int) -> Bool {
        switch bytes[index] {
        case Byte.dash, Byte.question, Byte.colon:
            return index + 1 == bytes.count || Self.isBlankOrBreak(bytes[index + 1])
        default:
            return false
        }
    }

    /// NEL (C2 85), LS and PS (E2 80 A8/A9), which libyaml breaks lines at, or a byte order
    /// mark (EF BB BF), which it skips at the start of a line.
    private func unicodeBreakOrMark(at index: Int) -> Bool {
        func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        switch bytes[index] {
        case 0xC2: return byte(1) == 0x85
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9)
        default: return byte(1) == 0xBB && byte(2) == 0xBF
        }
    }

    static func isBreak(_ byte: UInt8) -> Bool {
        byte == Byte.lineFeed || byte == Byte.carriageReturn
    }

    static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == Byte.space || byte == Byte.tab || isBreak(byte)
    }

    /// The ASCII bytes the scans look for.
    enum Byte {
        static let tab = UInt8(ascii: "\t")
        static let lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
        static let hash = UInt8(ascii: "#")
        static let dash = UInt8(ascii: "-")
        static let question = UInt8(ascii: "?")
        static let colon = UInt8(ascii: ":")
        static let comma = UInt8(ascii: ",")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
        static let doubleQuote = UInt8(ascii: "\"")
        static let singleQuote = UInt8(ascii: "'")
        static let backslash = UInt8(ascii: "\\")
    }
}
