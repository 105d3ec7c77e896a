import AnyreachModel
import Yams

/// The keys of a YAML mapping, checked against the keys a section allows.
struct Fields {
    var values: [String: Node]
    var keyLocations: [String: SourceLocation]
    var location: SourceLocation

    subscript(key: String) -> Node? { values[key] }

    /// A key spelled by a model type's coding keys, the one place its API name is written.
    subscript(key: some CodingKey) -> Node? { values[key.stringValue] }
}

/// Reads typed values out of YAML nodes with their locations, recording every problem.
///
/// Scalars are read from their text, never through YAML's implicit typing: `09:00`,
/// `+14155550123`, `00123` and `no` stay the strings that were written.
final class NodeReader {
    let file: String
    let sink: DiagnosticSink
    let interpolator: Interpolator

    init(file: String, sink: DiagnosticSink, interpolator: Interpolator) {
        self.file = file
        self.sink = sink
        self.interpolator = interpolator
    }

    /// Where a node was written: in this reader's file, or in the overlay file it came from.
    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: Overlay.file(of: node) ?? file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// A mapping's entries, keeping only the keys `mapping` allows; unknown keys get a
    /// did-you-mean and missing required keys are reported at the mapping. The keys come from
    /// `ManifestKeys` alone, which the JSON Schema is generated from too.
    func fields(_ node: Node, _ what: String, _ mapping: ManifestMapping) -> Fields? {
        fields(node, what, allowed: mapping.allowed, required: mapping.required)
    }

    private func fields(_ node: Node, _ what: String, allowed: [String], required: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            sink.error(location(node), "\(what) must be a mapping of keys to values")
            return nil
        }
        var fields = Fields(values: [:], keyLocations: [:], location: location(node))
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                sink.error(location(keyNode), "keys of \(what) must be plain strings")
                continue
            }
            guard allowed.contains(key) else {
                reportUnknown(key, at: location(keyNode), what: what, allowed: allowed)
                continue
            }
            fields.values[key] = value
            fields.keyLocations[key] = location(keyNode)
        }
        for key in required where fields.values[key] == nil {
            sink.error(fields.location, "\(what) is missing required key \(Snippet(key))", kind: .missingKey)
        }
        return fields
    }

    private func reportUnknown(_ key: String, at location: SourceLocation, what: String, allowed: [String]) {
        if let suggestion = DidYouMean.suggestion(for: key, among: allowed) {
            sink.error(
                location, "unknown key \(Snippet(key)) in \(what) (did you mean \(Snippet(suggestion))?)",
                kind: .unknownKey)
        } else {
            sink.error(
                location, "unknown key \(Snippet(key)) in \(what); allowed keys: \(allowed.joined(separator: ", "))",
                kind: .unknownKey)
        }
    }

    /// The plain texts that are YAML's null.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// Whether a node is YAML's null: an empty plain scalar, `~` or `null`.
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return Self.nullWords.contains(scalar.string)
    }

    /// The scalar's text after `${VAR}` interpolation.
    func text(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            sink.error(
                location(node), "\(what) must be a single value, not a \(node.mapping != nil ? "mapping" : "list")")
            return nil
        }
        switch interpolator.interpolate(scalar.string) {
        case .success(let text): return text
        case .failure(let failure):
            sink.error(location(node), interpolator.message(for: failure), kind: .interpolation)
            return nil
        }
    }

    /// A non-null string, optionally with a length range (in code points, as the API counts).
    func string(_ node: Node, _ what: String, length: ClosedRange<Int>? = nil) -> String? {
        if isNull(node) {
            sink.error(location(node), "\(what) must not be empty")
            return nil
        }
        guard let text = text(node, what) else { return nil }
        if let length, case let count = Contract.length(of: text), !length.contains(count) {
            let limits = "\(length.lowerBound)–\(length.upperBound)"
            sink.error(location(node), "\(what) must be \(limits) characters long (it is \(count))")
            return nil
        }
        return text
    }

    /// A string that may be null (nil for null, with no diagnostic).
    func optionalString(_ node: Node?, _ what: String, length: ClosedRange<Int>? = nil) -> String? {
        guard let node, !isNull(node) else { return nil }
        return string(node, what, length: length)
    }
}

extension NodeReader {
    /// `previous_external_ids`: the keys a renamed entry had, none of them its own key.
    func previousKeys(_ node: Node, of key: String) -> [String] {
        (list(node, "previous_external_ids") ?? []).compactMap { item in
            guard let old = string(item, "previous_external_ids", length: Contract.externalIDLength) else { return nil }
            guard old != key else {
                sink.error(location(item), "previous_external_ids names the entry's own key \(Snippet(key))")
                return nil
            }
            return old
        }
    }

    /// An `id:` that adopts a live resource without external_id: it must be a UUID.
    func adoptedID(_ node: Node) -> String? {
        guard let text = string(node, "id") else { return nil }
        guard ExternalIDRules.isUUIDShaped(text) else {
            sink.error(
                location(node), "id must be the UUID of the live resource this entry adopts (got \(Snippet(text)))")
            return nil
        }
        return text.lowercased()
    }
}
