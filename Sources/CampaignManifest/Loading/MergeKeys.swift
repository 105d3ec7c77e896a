import Yams

/// YAML's merge key, which people use to share windows and policies between configurations:
/// `<<: *base` puts the entries of the mapping `base` into this one, and `<<: [*a, *b]` those of
/// several, where they are not already there. A key written in the mapping wins over a merged
/// one, and in a list an earlier mapping wins over a later one (the YAML 1.1 merge type).
///
/// Merged entries are the anchor's own nodes, so whatever is said about them points where they
/// were written. Only a plain `<<` merges; a quoted `"<<"` is an ordinary key.
struct MergeKeys {
    let file: String
    let sink: DiagnosticSink

    /// Whether `text` can hold a merge key at all, so that most files skip the rebuild.
    static func mayHoldMerges(_ text: String) -> Bool {
        var text = text
        // Byte by byte: `String.contains(_:)` searches a 17 MB contacts file character by
        // character, a tenth of the time `validate` takes on it.
        return text.withUTF8 { bytes in
            let angle = UInt8(ascii: "<")
            var index = bytes.startIndex
            while let found = bytes[index...].firstIndex(of: angle), found + 1 < bytes.endIndex {
                if bytes[found + 1] == angle { return true }
                index = found + 1
            }
            return false
        }
    }

    func resolve(_ node: Node) -> Node {
        switch node {
        case .mapping(let mapping):
            return .mapping(Node.Mapping(merged(mapping), mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map(resolve), sequence.tag, sequence.style, sequence.mark))
        case .scalar, .alias:
            return node
        }
    }

    /// The entries in the order written, each `<<` replaced by the entries it merges that no
    /// written key or earlier merged mapping has.
    private func merged(_ mapping: Node.Mapping) -> [(Node, Node)] {
        var taken = Set(mapping.map(\.key).filter { !Self.isMergeKey($0) })
        var pairs: [(Node, Node)] = []
        for (key, value) in mapping {
            guard Self.isMergeKey(key) else {
                pairs.append((resolve(key), resolve(value)))
                continue
            }
            for source in sources(resolve(value), at: key) {
                for (mergedKey, mergedValue) in source where taken.insert(mergedKey).inserted {
                    pairs.append((mergedKey, mergedValue))
                }
            }
        }
        return pairs
    }

    /// The mappings a `<<` merges, in order; anything else is reported at the `<<`.
    private func sources(_ value: Node, at key: Node) -> [Node.Mapping] {
        if let mapping = value.mapping { return [mapping] }
        guard let list = value.sequence else {
            report(at: key, "got \(Self.kind(of: value))")
            return []
        }
        return list.enumerated().compactMap { index, item in
            if let mapping = item.mapping { return mapping }
            report(at: key, "item \(index + 1) of its list is \(Self.kind(of: item))")
            return nil
        }
    }

    private func report(at key: Node, _ problem: String) {
        let location = SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1)
        sink.error(location, "'<<' merges a mapping or a list of mappings (such as *defaults or [*a, *b]); \(problem)")
    }

    private static func isMergeKey(_ key: Node) -> Bool {
        guard let scalar = key.scalar else { return false }
        return scalar.style == .plain && scalar.string == "<<"
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .scalar(let scalar):
            scalar.style == .plain && scalar.string.isEmpty ? "nothing" : Snippet(scalar.string).description
        case .alias: "an alias"
        }
    }
}
