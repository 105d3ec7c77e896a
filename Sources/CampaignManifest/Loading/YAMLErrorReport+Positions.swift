extension YAMLErrorReport {
    /// Yams marks the first occurrence of the first duplicated key; the error goes where the key
    /// is repeated, naming the first place, when that can be found.
    func reportDuplicate(_ duplicates: [String], first: SourceLocation) {
        let names = duplicates.map { Snippet($0).description }.joined(separator: ", ")
        let merges = duplicates == ["<<"] ? " (one '<<' merges several mappings as a list: [*a, *b])" : ""
        let what = "duplicate key\(duplicates.count > 1 ? "s" : "") \(names) in one mapping\(merges)"
        if let key = duplicates.first,
            let second = DuplicateKeyFinder.secondOccurrence(of: key, in: text, line: first.line, column: first.column)
        {
            let location = SourceLocation(file: first.file, line: second.line, column: second.column)
            sink.error(location, "\(what); first at \(first)", kind: .duplicate, related: first)
        } else {
            sink.error(first, what, kind: .duplicate)
        }
    }

    /// libyaml puts an error at the end of a file without a final line break on the line after
    /// the last, which no editor can jump to: such a location moves to the end of the last line.
    static func clamped(_ location: SourceLocation, to text: String) -> SourceLocation {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard location.line > lines.count, let last = lines.last else { return location }
        return SourceLocation(file: location.file, line: lines.count, column: last.unicodeScalars.count + 1)
    }

    /// The line and column (in Unicode scalars, as libyaml counts) of the character at `offset`:
    /// Yams turns the byte offset of a reader error into a count of characters (`\r\n` is one).
    static func position(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline { (line, column) = (line + 1, 1) } else { column += character.unicodeScalars.count }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
