/// The schema of scalars as the loader reads them, which is not how a YAML 1.2 reader (the
/// schema's checkers and editors) types them: the loader reads a scalar's text, and replaces
/// `${VAR}` in it before reading a number or a boolean out of it.
enum SchemaText {
    /// Text: any scalar, since `09:00`, `+44` and `00123` are text to the loader whatever YAML
    /// makes of them. Limits on the text apply to strings; one holding `${VAR}` is let through,
    /// as its value is only known when it is read.
    static func text(_ rule: TextRule) -> SchemaJSON {
        var members: [SchemaJSON.Member]
        if let choices = rule.choices {
            members = [.init(key: "enum", value: .array(choices.map { .string($0) }))]
        } else if let pattern = rule.pattern {
            // Only a string can match: no number or boolean is written like a UUID or `HH:MM`.
            members = [.init(key: "type", value: "string"), .init(key: "pattern", value: .string(pattern))]
        } else {
            members = [.init(key: "type", value: ["boolean", "number", "string"])]
        }
        if let length = rule.length {
            members.append(.init(key: "minLength", value: .int(length.lowerBound)))
            members.append(.init(key: "maxLength", value: .int(length.upperBound)))
        }
        return rule.isConstrained ? interpolable(.object(members)) : .object(members)
    }

    /// A value of `schema`, or text holding `${VAR}`.
    static func interpolable(_ schema: SchemaJSON) -> SchemaJSON {
        ["anyOf": [schema, reference(interpolated)]]
    }

    static let boolean: SchemaJSON = ["anyOf": [["type": "boolean"], reference(booleanWord), reference(interpolated)]]

    static func reference(_ name: String) -> SchemaJSON { ["$ref": .string("#/$defs/\(name)")] }

    static let interpolated = "interpolated"
    static let booleanWord = "booleanWord"

    static let definitions: [String: SchemaJSON] = [
        interpolated: [
            "description": """
            Text holding `${NAME}`, replaced by the environment variable NAME (its name must start with the \
            allowed prefix, CAMPAIGNCTL_ unless `--env-prefix` says otherwise) before the value is read. The \
            schema can't know the variable, so it accepts such text where a number, a boolean, a choice or a \
            limited text is expected; `campaignctl validate` checks the value after interpolation (integers and \
            booleans must still be written plain, not quoted). `$${` is a literal `${`, not a reference.
            """,
            "type": "string",
            // Anything but a `$` that starts a reference or `$${`, then a reference.
            "pattern": #"^(?:[^$]|\$\$\{|\$(?!\$?\{))*\$\{[^}]+\}"#,
        ],
        booleanWord: [
            "description": """
            `true` or `false` in a case a YAML 1.2 reader takes for text, such as `tRue`: the loader reads \
            booleans in any case. (`true`, `True` and `TRUE` are booleans to both.)
            """,
            "type": "string",
            "pattern": "^(?!(?:true|True|TRUE|false|False|FALSE)$)(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$",
        ],
    ]
}
