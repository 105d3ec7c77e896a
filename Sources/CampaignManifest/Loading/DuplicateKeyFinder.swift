/// Finds where a duplicated key is written the second time.
///
/// Yams stops at the first duplicate key and marks only its first occurrence; a person fixing it
/// wants both places. In block style the second occurrence sits in the same column further down,
/// before the mapping ends (a line indented less than the key); flow mappings are left alone.
enum DuplicateKeyFinder {
    /// The 1-based line and column of the next `key:` after the one at `line`:`column`, or nil.
    /// Columns count Unicode scalars, as libyaml's marks do.
    static func secondOccurrence(of key: String, in text: String, line: Int, column: Int) -> (line: Int, column: Int)? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard line >= 1, line < lines.count, column >= 1 else { return nil }
        for index in line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard let first = scalars.firstIndex(where: { $0 != " " }), scalars[first] != "#" else { continue }
            if first < column - 1 { return nil }
            if first == column - 1, startsWithKey(key, String(String.UnicodeScalarView(scalars[first...]))) {
                return (index + 1, column)
            }
        }
        return nil
    }

    /// Whether the text is `key:` (plain, single- or double-quoted) followed by a space or the end.
    private static func startsWithKey(_ key: String, _ text: String) -> Bool {
        for written in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(written) {
            let after = text.dropFirst(written.count).drop { $0 == " " }
            if after.hasPrefix(":"), after.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true { return true }
        }
        return false
    }
}
