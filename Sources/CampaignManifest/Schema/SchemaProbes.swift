import Foundation

/// The probes of every key in `ManifestKeys`, each mapping probed once, where the walk from the
/// top level first meets it: a value of the wrong type and null for every key; out of range,
/// not a choice, too long, too few or too many for keys with limits; and `${VAR}` for scalars.
public enum SchemaProbes {
    /// One JSON object a line, for `scripts/check-manifest-schema.sh`.
    public static var jsonLines: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return all.map { String(decoding: (try? encoder.encode($0)) ?? Data(), as: UTF8.self) + "\n" }.joined()
    }

    static var all: [SchemaProbe] {
        var walk = ProbeWalk()
        walk.visit(ManifestKeys.manifest, at: [], in: .manifest)
        walk.visit(ManifestKeys.contactsFile, at: [], in: .contactsFile)
        return walk.probes
    }

    /// The variable `${VAR}` probes read; the check sets it to the text the probe replaced.
    static let variable = "CAMPAIGNCTL_SCHEMA_PROBE"
}

/// Walks the mappings from a file's top level, probing each key of each mapping once.
private struct ProbeWalk {
    var probes: [SchemaProbe] = []
    private var visited: Set<String> = []

    mutating func visit(_ mapping: ManifestMapping, at path: [String], in file: SchemaProbe.File) {
        guard visited.insert(mapping.name).inserted else { return }
        for key in mapping.keys {
            let keyPath = path + [key.name]
            probe(key, at: keyPath, in: file)
            descend(into: key.shape, at: keyPath, in: file)
        }
    }

    private mutating func descend(into shape: ValueShape, at path: [String], in file: SchemaProbe.File) {
        switch shape {
        case .mapping(let mapping): visit(mapping, at: path, in: file)
        case .list(let item, _, _, _): descend(into: item, at: path + ["*"], in: file)
        case .entries(let value, _): descend(into: value, at: path + ["*"], in: file)
        case .either(let shapes): for shape in shapes { descend(into: shape, at: path, in: file) }
        case .text, .integer, .number, .boolean, .freeForm: break
        }
    }

    private mutating func probe(_ key: ManifestKey, at path: [String], in file: SchemaProbe.File) {
        probes.append(SchemaProbe(file, path, yaml: ProbeValues.wrongType(for: key.shape), .refused, "wrong type"))
        probes.append(SchemaProbe(file, path, yaml: "null", key.acceptsNull ? .accepted : .refused, "null"))
        probes += ProbeValues.outOfLimits(key.shape, at: path, in: file)
        if key.shape.isScalar {
            var interpolated = SchemaProbe(
                file, path, yaml: "${\(SchemaProbes.variable)}", .accepted, "${VAR} holding the value")
            interpolated.variable = SchemaProbes.variable
            probes.append(interpolated)
        }
    }
}

extension ValueShape {
    /// Whether the value is a single scalar (text, a number or a boolean).
    var isScalar: Bool {
        switch self {
        case .text, .integer, .number, .boolean: true
        case .list, .mapping, .entries, .freeForm, .either: false
        }
    }
}
