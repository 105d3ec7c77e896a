/// The values probes write, as YAML, chosen from a key's shape.
enum ProbeValues {
    /// A value no alternative of the shape takes. Numbers and booleans get quoted text, the
    /// mistake the loader names ("remove the quotes").
    static func wrongType(for shape: ValueShape) -> String {
        switch shape {
        case .text: "[x]"
        case .integer, .number: "\"7\""
        case .boolean: "\"true\""
        case .list: "x"
        case .mapping, .entries, .freeForm: "[x]"
        case .either(let shapes):
            // A list, a mapping or text, whichever none of the alternatives is.
            ["[x]", "{x: 1}", "x"].first { value in !shapes.contains { $0.takes(kindOf: value) } } ?? "[x]"
        }
    }

    /// Values of the right type past the shape's limits, each refused by both.
    static func outOfLimits(_ shape: ValueShape, at path: [String], in file: SchemaProbe.File) -> [SchemaProbe] {
        func refused(_ yaml: String, _ reason: String) -> SchemaProbe {
            SchemaProbe(file, path, yaml: yaml, .refused, reason)
        }
        switch shape {
        case .integer(let range):
            return [
                refused(String(range.lowerBound - 1), "below the range"),
                refused(String(range.upperBound + 1), "above the range"), refused("1.5", "not a whole number"),
            ]
        case .number(let range):
            return [
                refused(decimal(range.lowerBound - 1), "below the range"),
                refused(decimal(range.upperBound + 1), "above the range"),
            ]
        case .boolean: return [refused("yes", "YAML 1.1's yes")]
        case .text(let rule): return outOfLimits(rule).map { refused($0.yaml, $0.reason) }
        case .list(let item, let atLeast, let atMost, let unique):
            var probes = outOfLimits(item, at: path + ["*"], in: file)
            if atLeast > 0 { probes.append(refused("[]", "fewer than \(atLeast) items")) }
            if let atMost { probes.append(SchemaProbe(file, path, repeatFirstItem: atMost + 1, "too many items")) }
            if unique { probes.append(SchemaProbe(file, path, repeatFirstItem: 2, "an item twice")) }
            return probes
        case .either(let shapes): return shapes.flatMap { outOfLimits($0, at: path, in: file) }
        case .mapping, .entries, .freeForm: return []
        }
    }

    private static func outOfLimits(_ rule: TextRule) -> [(yaml: String, reason: String)] {
        var values: [(yaml: String, reason: String)] = []
        if rule.choices != nil { values.append(("not-a-choice", "not one of the choices")) }
        if rule.pattern != nil { values.append(("not-matching", "not matching the pattern")) }
        if let length = rule.length {
            if length.lowerBound > 0 { values.append(("\"\"", "shorter than \(length.lowerBound)")) }
            // Limits as high as an int32's only guard against absurd input; no probe writes that much.
            if length.upperBound < 100_000 {
                values.append(
                    (String(repeating: "x", count: length.upperBound + 1), "longer than \(length.upperBound)"))
            }
        }
        return values
    }

    private static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension ValueShape {
    /// Whether the shape takes a value of the kind of `yaml`: a flow list, a flow mapping or a scalar.
    fileprivate func takes(kindOf yaml: String) -> Bool {
        switch self {
        case .list: yaml.hasPrefix("[")
        case .mapping, .entries, .freeForm: yaml.hasPrefix("{")
        case .text, .integer, .number, .boolean: !yaml.hasPrefix("[") && !yaml.hasPrefix("{")
        case .either(let shapes): shapes.contains { $0.takes(kindOf: yaml) }
        }
    }
}
