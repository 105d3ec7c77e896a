/// A mapping of the manifest format (a campaign, a time window, `policy.prune`, ...): the keys
/// the loader allows, in the order its messages list them, and the schema's definition of it.
struct ManifestMapping: Sendable {
    /// The definition's name in the schema (`#/$defs/<name>`).
    let name: String
    let help: String
    let keys: [ManifestKey]

    var allowed: [String] { keys.map(\.name) }
    var required: [String] { keys.filter(\.isRequired).map(\.name) }
}

/// One key of a manifest mapping: its value's shape, whether it must be there, and the help an
/// editor shows for it (from docs/manifest.md).
struct ManifestKey: Sendable {
    let name: String
    let shape: ValueShape
    var isRequired = false
    /// Whether null (`~`, `null`, nothing) is read as "not given" rather than refused.
    var acceptsNull = false
    /// The value used when the key is left out, when that is one fixed value.
    var defaultValue: SchemaJSON?
    let help: String

    init(
        _ name: String, _ shape: ValueShape, required: Bool = false, acceptsNull: Bool = false,
        default defaultValue: SchemaJSON? = nil, help: String
    ) {
        self.name = name
        self.shape = shape
        self.isRequired = required
        self.acceptsNull = acceptsNull
        self.defaultValue = defaultValue
        self.help = help
    }

    /// A key spelled by a model type's coding keys, the one place its API name is written.
    init(
        _ key: some CodingKey, _ shape: ValueShape, required: Bool = false, acceptsNull: Bool = false,
        default defaultValue: SchemaJSON? = nil, help: String
    ) {
        self.init(
            key.stringValue, shape, required: required, acceptsNull: acceptsNull, default: defaultValue, help: help)
    }
}
