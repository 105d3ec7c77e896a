import Yams

/// One environment of a repository (`environments/NAME.yaml`): the org its plans are for, where
/// its credential comes from, and the values its manifests read as `${NAME}`.
public struct EnvironmentDefinition: Sendable, Hashable {
    public var name: String
    /// The API URL; nil for the default (or whatever the flags and `ANYREACH_API_URL` say).
    public var apiURL: String?
    public var org: String?
    /// The environment variable holding the credential (`ANYREACH_TOKEN_STAGING`).
    public var tokenVariable: String?
    /// Or the file holding it.
    public var tokenFile: String?
    /// `${NAME}` values for the manifests, which need no `--env-prefix`.
    public var values: [String: String]
    public var location: SourceLocation
}

extension EnvironmentDefinition {
    /// Reads `environment:` of a parsed file, reporting every problem to `reader`'s sink.
    static func decode(_ root: Node, name: String, reader: NodeReader) -> EnvironmentDefinition? {
        guard let top = reader.fields(root, "an environment file", ManifestKeys.environmentFile),
            let node = top["environment"], let fields = reader.fields(node, "environment", ManifestKeys.environment)
        else { return nil }
        var definition = EnvironmentDefinition(
            name: name, values: [:], location: reader.location(node))
        definition.apiURL = fields["api_url"].flatMap { reader.string($0, "api_url") }
        definition.org = fields["org"].flatMap { reader.string($0, "org") }
        definition.tokenVariable = fields["token_env"].flatMap { variable($0, "token_env", reader) }
        definition.tokenFile = fields["token_file"].flatMap { reader.string($0, "token_file") }
        if definition.tokenVariable != nil, definition.tokenFile != nil, let node = fields["token_file"] {
            reader.sink.error(reader.location(node), "an environment takes token_env or token_file, not both")
        }
        definition.values = fields["values"].map { values($0, reader) } ?? [:]
        return definition
    }

    private static func values(_ node: Node, _ reader: NodeReader) -> [String: String] {
        guard let mapping = node.mapping else {
            reader.sink.error(reader.location(node), "values must be a mapping of NAME: value")
            return [:]
        }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = variable(key, "a value's name", reader), let text = reader.text(value, "values.\(name)")
            else { continue }
            values[name] = text
        }
        return values
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    /// A name `${NAME}` can hold: a letter or `_`, then letters, digits and `_`.
    private static func variable(_ node: Node, _ what: String, _ reader: NodeReader) -> String? {
        guard let text = node.scalar?.string, let first = text.utf8.first, isNameStart(first),
            text.utf8.allSatisfy({ isNameStart($0) || (0x30...0x39).contains($0) })
        else {
            reader.sink.error(reader.location(node), "\(what) must be a name like TEAM or ANYREACH_TOKEN_STAGING")
            return nil
        }
        return text
    }
}
