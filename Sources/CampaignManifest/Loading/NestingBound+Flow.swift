extension NestingBound {
    /// The brackets nested in the flow collection whose `[` or `{` is at `start`, itself
    /// included, read as libyaml scans flow context up to its closing bracket; nil when it
    /// doesn't close on its line, nests more than `cap` brackets, or holds what this doesn't
    /// follow (a tag, a comment, a block entry, a character that begins no token).
    mutating func flowDepth(from start: Int, cap: Int) -> Int? {
        var (index, depth, deepest) = (start, 0, 0)
        defer { work += index - start }
        guard work <= 4 * bytes.count + 4096 else { return nil }
        while index < bytes.count {
            switch bytes[index] {
            case Byte.openBracket, Byte.openBrace:
                if depth > 0 { measured.insert(index) }
                (index, depth, deepest) = (index + 1, depth + 1, max(deepest, depth + 1))
                guard deepest <= cap else { return nil }
            case Byte.closeBracket, Byte.closeBrace:
                (index, depth) = (index + 1, depth - 1)
                if depth == 0 { return deepest }
            // In flow context `?` and `:` are always indicators.
            case Byte.comma, Byte.question, Byte.colon, Byte.space, Byte.tab:
                index += 1
            case Byte.doubleQuote, Byte.singleQuote:
                guard let end = quotedEnd(from: index) else { return nil }
                index = end
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                index += 1
                while index < bytes.count, Self.isAnchorByte(bytes[index]) { index += 1 }
            case Byte.dash where index + 1 < bytes.count && !Self.isBlankOrBreak(bytes[index + 1]):
                guard let end = plainEnd(from: index) else { return nil }
                index = end
            case Byte.dash, Byte.lineFeed, Byte.carriageReturn, Byte.hash:
                return nil
            case UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                UInt8(ascii: "`"):
                return nil
            default:
                guard let end = plainEnd(from: index) else { return nil }
                index = end
            }
        }
        return nil
    }

    /// Past a plain scalar in flow context (`yaml_parser_scan_plain_scalar`): it ends before
    /// `,`, a bracket, `:` followed by a blank, or a blank followed by `#`; nil where it would
    /// go on to the next line, or where libyaml refuses it (`x:[`).
    private func plainEnd(from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case Byte.comma, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace:
                return index
            case Byte.colon:
                guard index + 1 < bytes.count, !Self.isBlankOrBreak(bytes[index + 1]) else { return index }
                guard !",?[]{}".utf8.contains(bytes[index + 1]) else { return nil }
                index += 1
            case Byte.space, Byte.tab:
                while index < bytes.count, bytes[index] == Byte.space || bytes[index] == Byte.tab { index += 1 }
                guard index < bytes.count, bytes[index] != Byte.hash else { return index }
                guard !Self.isBreak(bytes[index]) else { return nil }
            case Byte.lineFeed, Byte.carriageReturn:
                return nil
            default:
                index += 1
            }
        }
        return index
    }

    /// Past the closing quote: `''` is a quote in single quotes, a backslash escapes the next
    /// character in double quotes; nil when the scalar goes on to the next line or never ends.
    private func quotedEnd(from start: Int) -> Int? {
        let quote = bytes[start]
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isBreak(byte) { return nil }
            if quote == Byte.doubleQuote, byte == Byte.backslash {
                guard index + 1 < bytes.count, !Self.isBreak(bytes[index + 1]) else { return nil }
                index += 2
            } else if byte == quote {
                guard quote == Byte.singleQuote, index + 1 < bytes.count, bytes[index + 1] == quote else {
                    return index + 1
                }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    /// What an anchor's name is made of in libyaml (`IS_ALPHA`).
    static func isAnchorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"), Byte.dash:
            true
        default: false
        }
    }
}
