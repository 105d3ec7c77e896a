import Foundation
import Yams

/// Per-environment overlay files: `campaigns/spring.staging.yaml` overlays `campaigns/spring.yaml`
/// when `--env staging` is given, and is no manifest of its own otherwise (whichever environment
/// is selected, or none).
///
/// Merge rules: a mapping's keys are merged one by one, recursively; any other value (a scalar,
/// a list) replaces the base's whole; a key the base lacks is added. A key whose value is a
/// mapping on one side and not on the other is refused as ambiguous, as is an overlay with no
/// base file. What the overlay wrote is reported where it wrote it.
enum Overlay {
    /// The environment an overlay file is for, when its name is `STEM.ENV.yaml` (or `.yml`)
    /// with ENV one of `environments`.
    static func environment(of file: ManifestFile, among environments: [String]) -> String? {
        let name = (file.shown as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let environment = (stem as NSString).pathExtension
        return environments.contains(environment) ? environment : nil
    }

    /// The base file an overlay applies to: the same name without `.ENV`, in the same directory.
    static func base(of overlay: ManifestFile, in files: [ManifestFile]) -> ManifestFile? {
        let names = baseNames(of: overlay)
        return files.first { names.contains($0.shown) }
    }

    /// The names its base may have: `STEM.yaml`, then `STEM.yml`.
    static func baseNames(of overlay: ManifestFile) -> [String] {
        let directory = (overlay.shown as NSString).deletingLastPathComponent
        let stem = ((overlay.shown as NSString).lastPathComponent as NSString).deletingPathExtension
        let baseStem = (stem as NSString).deletingPathExtension
        return [".yaml", ".yml"].map { (directory.isEmpty ? "" : directory + "/") + baseStem + $0 }
    }

    /// `base` with `overlay` merged into it; overlay nodes carry their file in their tag, which
    /// `NodeReader.location` reads.
    static func merge(_ base: Node, _ overlay: Node, overlayFile: String, sink: DiagnosticSink) -> Node {
        merge(base, marked(overlay, file: overlayFile), file: overlayFile, sink: sink)
    }

    private static func merge(_ base: Node, _ overlay: Node, file: String, sink: DiagnosticSink) -> Node {
        guard case .mapping(let baseMapping) = base, case .mapping(let overlayMapping) = overlay else { return overlay }
        var pairs = Array(baseMapping)
        for (key, value) in overlayMapping {
            guard let index = pairs.firstIndex(where: { $0.0.scalar?.string == key.scalar?.string }) else {
                pairs.append((key, value))
                continue
            }
            let current = pairs[index].1
            if (current.mapping == nil) != (value.mapping == nil), !isNull(current), !isNull(value) {
                let mark = value.mark ?? key.mark
                sink.error(
                    SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1),
                    "the overlay makes \(Snippet(key.scalar?.string ?? "?")) \(value.mapping == nil ? "a value" : "a mapping") where the base has \(current.mapping == nil ? "a value" : "a mapping"); overlays merge mappings key by key and replace values, they don't change one into the other",
                    kind: .overlay)
                continue
            }
            pairs[index].1 = merge(current, value, file: file, sink: sink)
        }
        return .mapping(Node.Mapping(pairs, baseMapping.tag, baseMapping.style, baseMapping.mark))
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return NodeReader.nullWords.contains(scalar.string)
    }

    // MARK: - Where overlay nodes come from

    static let tagPrefix = "tag:campaignctl.overlay:"

    /// The file an overlay node was written in, or nil for a node of the base.
    static func file(of node: Node) -> String? {
        // The tag as written, not `node.tag`, which resolves implicit tags: this runs for
        // every value read.
        let tag: Tag
        switch node {
        case .scalar(let scalar): tag = scalar.tag
        case .mapping(let mapping): tag = mapping.tag
        case .sequence(let sequence): tag = sequence.tag
        case .alias: return nil
        }
        let name = tag.rawValue
        return name.hasPrefix(tagPrefix) ? String(name.dropFirst(tagPrefix.count)) : nil
    }

    private static func marked(_ node: Node, file: String) -> Node {
        let tag = Tag(Tag.Name(rawValue: tagPrefix + file))
        switch node {
        case .scalar(let scalar):
            return .scalar(Node.Scalar(scalar.string, tag, scalar.style, scalar.mark))
        case .mapping(let mapping):
            let pairs = mapping.map { (marked($0.key, file: file), marked($0.value, file: file)) }
            return .mapping(Node.Mapping(pairs, tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { marked($0, file: file) }, tag, sequence.style, sequence.mark))
        case .alias:
            return node
        }
    }
}
