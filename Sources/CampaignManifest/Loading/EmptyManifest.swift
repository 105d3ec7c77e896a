import Yams

/// A YAML file in which no section holds a value: 0 bytes, only comments and blank lines, or
/// only keys with nothing under them (`campaigns:`, `contacts: ~`).
///
/// Such a file is refused, never read as "nothing here": a campaign file emptied by a bad merge
/// would otherwise plan, with pruning on, to close the campaign it held (and an emptied contacts
/// file to delete its contacts). Removing what a file held is done by deleting the file. A
/// section written empty on purpose (`campaigns: {}`, `contacts: []`) holds a value.
enum EmptyManifest {
    /// Reports `root` if it is empty, and says whether it was.
    static func refuse(_ root: Node, reader: NodeReader) -> Bool {
        guard let location = location(of: root, reader: reader) else { return false }
        reader.sink.error(
            location, message(root, reader: reader), kind: .emptyManifest,
            hint:
                "an emptied file is refused so that it can't remove what it held; to remove that on purpose, delete the file"
        )
        return true
    }

    /// Where an empty file's error points: its first valueless key, else its first line; nil
    /// when some section holds a value (or the top level is not a mapping, reported elsewhere).
    static func location(of root: Node, reader: NodeReader) -> SourceLocation? {
        let start = SourceLocation(file: reader.file, line: 1, column: 1)
        if reader.isNull(root) { return start }
        guard case .mapping(let mapping) = root, mapping.allSatisfy({ reader.isNull($0.value) }) else { return nil }
        return mapping.first.map { reader.location($0.key) } ?? start
    }

    private static func message(_ root: Node, reader: NodeReader) -> String {
        let keys = root.mapping.map { $0.keys.map { $0.scalar?.string ?? "?" } } ?? []
        switch keys.count {
        case 0: return "the file is empty: it has no section"
        case 1: return "the file is empty: its only section, \(Snippet(keys[0])), has no value"
        default: return "the file is empty: none of its sections (\(Snippet.list(keys))) has a value"
        }
    }
}
