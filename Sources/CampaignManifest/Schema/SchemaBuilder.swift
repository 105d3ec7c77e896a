/// Turns value shapes into JSON Schema, collecting each mapping once under `$defs`.
///
/// Only keywords that mean the same in draft-07 are used (no `prefixItems`, `dependentSchemas`,
/// `unevaluatedProperties`): yaml-language-server, behind VS Code's YAML extension, validates
/// with draft-07 rules whatever `$schema` says.
struct SchemaBuilder {
    private var defined: [String: SchemaJSON] = [:]

    /// `$defs`: every mapping met, and the two kinds of text the loader reads as other values.
    var definitions: SchemaJSON {
        let all = defined.merging(SchemaText.definitions) { mine, _ in mine }
        return .object(all.keys.sorted().map { SchemaJSON.Member(key: $0, value: all[$0] ?? .null) })
    }

    mutating func properties(of keys: [ManifestKey]) -> SchemaJSON {
        .object(keys.map { SchemaJSON.Member(key: $0.name, value: property($0)) })
    }

    /// A key's schema, its help first so that the file reads like the reference.
    mutating func property(_ key: ManifestKey) -> SchemaJSON {
        var value = schema(for: key.shape)
        if key.acceptsNull { value = Self.allowingNull(value) }
        var head: [SchemaJSON.Member] = [.init(key: "description", value: .string(Self.description(of: key)))]
        if let defaultValue = key.defaultValue { head.append(.init(key: "default", value: defaultValue)) }
        return .object(head + value.members)
    }

    /// The key's help, then what editors don't show otherwise: its default, and that `${VAR}`
    /// passes where the schema can't know the value.
    static func description(of key: ManifestKey) -> String {
        var sentences = [key.help]
        if let defaultValue = key.defaultValue { sentences.append("Default: `\(defaultValue.inline)`.") }
        if key.shape.takesInterpolatedText {
            sentences.append("Text holding `${VAR}` passes here: `campaignctl validate` checks the value it holds.")
        }
        return sentences.joined(separator: " ")
    }

    mutating func schema(for shape: ValueShape) -> SchemaJSON {
        switch shape {
        case .text(let rule): return SchemaText.text(rule)
        case .integer(let range):
            return SchemaText.interpolable(
                ["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)])
        case .number(let range):
            return SchemaText.interpolable(
                ["type": "number", "minimum": .number(range.lowerBound), "maximum": .number(range.upperBound)])
        case .boolean: return SchemaText.boolean
        case .list(let item, let atLeast, let atMost, let unique):
            var members: [SchemaJSON.Member] = [
                .init(key: "type", value: "array"), .init(key: "items", value: schema(for: item)),
            ]
            if atLeast > 0 { members.append(.init(key: "minItems", value: .int(atLeast))) }
            if let atMost { members.append(.init(key: "maxItems", value: .int(atMost))) }
            if unique { members.append(.init(key: "uniqueItems", value: true)) }
            return .object(members)
        case .mapping(let mapping):
            define(mapping)
            return SchemaText.reference(mapping.name)
        case .entries(let value, let names):
            let keys: [SchemaJSON.Member] =
                names.isConstrained ? [.init(key: "propertyNames", value: SchemaText.text(names))] : []
            return .object(
                [.init(key: "type", value: "object")] + keys
                    + [.init(key: "additionalProperties", value: schema(for: value))])
        case .freeForm: return ["type": "object"]
        case .either(let shapes): return ["anyOf": .array(shapes.map { schema(for: $0) })]
        }
    }

    private mutating func define(_ mapping: ManifestMapping) {
        guard defined[mapping.name] == nil else { return }
        // A placeholder first, so that a mapping reached again while its keys are written isn't
        // written twice.
        defined[mapping.name] = .null
        var members: [SchemaJSON.Member] = [
            .init(key: "description", value: .string(mapping.help)), .init(key: "type", value: "object"),
            .init(key: "properties", value: properties(of: mapping.keys)),
        ]
        if !mapping.required.isEmpty {
            members.append(.init(key: "required", value: .array(mapping.required.map { .string($0) })))
        }
        members.append(.init(key: "additionalProperties", value: false))
        defined[mapping.name] = .object(members)
    }

    /// The schema with null allowed too: added to its types or its alternatives when it lists
    /// them, else as an alternative to it.
    static func allowingNull(_ schema: SchemaJSON) -> SchemaJSON {
        let null: SchemaJSON = ["type": "null"]
        if case .array(let alternatives)? = schema["anyOf"] {
            return schema.replacing("anyOf", with: .array(alternatives + [null]))
        }
        switch schema["type"] {
        case .array(let types)?: return schema.replacing("type", with: .array(types + ["null"]))
        case .string(let type)?: return schema.replacing("type", with: [.string(type), "null"])
        default: return ["anyOf": [schema, null]]
        }
    }
}

extension ValueShape {
    /// Whether the schema lets text holding `${VAR}` stand for the value (whose own type or
    /// limits it couldn't check before the variable is read).
    var takesInterpolatedText: Bool {
        switch self {
        case .integer, .number, .boolean: true
        case .text(let rule): rule.isConstrained
        case .list, .mapping, .entries, .freeForm, .either: false
        }
    }
}
