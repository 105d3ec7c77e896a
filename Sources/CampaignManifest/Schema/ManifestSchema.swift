/// `docs/manifest.schema.json`: a JSON Schema (draft 2020-12) of manifests and contacts files,
/// generated from `ManifestKeys`, the definitions the decoders check keys against, so that the
/// two can't disagree about which keys exist. `scripts/generate-manifest-schema.sh` writes it;
/// `ManifestSchemaTests` fails when the committed file differs.
public enum ManifestSchema {
    /// The text of `docs/manifest.schema.json`.
    public static var text: String { document.text }

    static var document: SchemaJSON {
        var builder = SchemaBuilder()
        let properties = builder.properties(of: ManifestKeys.manifest.keys + ManifestKeys.contactsFile.keys)
        let root: SchemaJSON = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "campaignctl manifest or contacts file",
            "description": .string(help),
            "type": "object",
            "minProperties": 1,
            "properties": properties,
            "additionalProperties": false,
            // `contacts:` beside sections is an unknown key of a manifest, not a contacts file.
            "if": ["required": ["contacts"]],
            "then": ["maxProperties": 1],
        ]
        return root.adding([.init(key: "$defs", value: builder.definitions)])
    }

    static let help = """
        A campaignctl manifest (configurations, live_configurations, campaigns, adhoc_contacts, concurrency, \
        policy; sections are merged across files) or a contacts file (only `contacts:`). Generated from \
        campaignctl's own definitions; docs/manifest.md documents every key. `campaignctl validate` is the \
        authority: this schema checks one file's keys, types, ranges and choices, and leaves to the validator what \
        it can't see: phone numbers, time zones and timestamps, references and uniqueness across files (a \
        campaign's configuration, external_ids defined twice, sections in two files), the files contacts_files \
        names, empty files and the values of `${VAR}`. campaignctl reads a scalar's text as written, while \
        editors and check-jsonschema type it as YAML 1.2 does: so where text is expected the schema accepts \
        numbers and booleans too (`00123`, `1e3`, `+44` and `+14155550123` are text to campaignctl), and where a \
        number, a boolean or a choice is expected it accepts text holding `${VAR}`. Integers and booleans must be \
        plain: quoted ones are refused.
        """
}
