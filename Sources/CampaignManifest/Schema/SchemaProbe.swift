/// One change to a complete, valid manifest (or contacts file) on which `campaignctl validate`
/// and the JSON Schema must agree: the value at `path` replaced, and both accept the result or
/// both refuse it. `scripts/check-manifest-schema.sh` applies them.
struct SchemaProbe: Encodable, Sendable, Equatable {
    enum File: String, Encodable, Sendable {
        case manifest, contactsFile = "contacts_file"
    }

    enum Verdict: String, Encodable, Sendable {
        case accepted, refused
    }

    let file: File
    /// Keys from the file's top level; `*` is any entry of a mapping or item of a list.
    let path: [String]
    /// The new value, as YAML.
    var yaml: String?
    /// Instead of `yaml`: the list at `path` with its first item repeated this many times.
    var repeatFirstItem: Int?
    /// An environment variable to set to the replaced value's text, for `${VAR}` probes.
    var variable: String?
    let expected: Verdict
    /// What the probe checks, to name it when it fails: "wrong type", "null", "above the range".
    let reason: String

    init(_ file: File, _ path: [String], yaml: String, _ expected: Verdict, _ reason: String) {
        self.file = file
        self.path = path
        self.yaml = yaml
        self.expected = expected
        self.reason = reason
    }

    init(_ file: File, _ path: [String], repeatFirstItem count: Int, _ reason: String) {
        self.file = file
        self.path = path
        self.repeatFirstItem = count
        self.expected = .refused
        self.reason = reason
    }
}
