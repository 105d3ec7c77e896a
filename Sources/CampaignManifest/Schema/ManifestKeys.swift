import AnyreachModel

/// Every mapping of the manifest format with its keys: what the decoders allow and require, and
/// what `docs/manifest.schema.json` is generated from (`ManifestSchema`), so that a key added
/// here is known to both. The help of each key is docs/manifest.md's, shortened.
enum ManifestKeys {
    /// A manifest file's top level: the sections, merged across files.
    static let manifest = ManifestMapping(
        name: "manifest",
        help: "A manifest file's top level: sections merged across files.",
        keys: [
            ManifestKey(
                "configurations", .entries(of: .mapping(configuration), names: externalID), acceptsNull: true,
                help: """
                    Configurations (calling hours, dialing policy, agent) by external_id, 1–255 characters (it may \
                    be UUID-shaped or `default`). Campaigns name them in `configuration:`. Merged across files by \
                    key; an external_id defined in two places is an error of `campaignctl validate`.
                    """),
            ManifestKey(
                "live_configurations", .list(of: .text(externalID)), acceptsNull: true,
                help: """
                    External_ids of configurations that exist only in the live org, which campaigns here use but \
                    the repository doesn't manage: `plan` never deletes them, and a campaign naming one gets no \
                    warning. The lists of all files are taken together; a key listed twice is fine. A key also \
                    defined under `configurations` is an error of `campaignctl validate`.
                    """),
            ManifestKey(
                "campaigns", .entries(of: .mapping(campaign), names: externalID), acceptsNull: true,
                help: """
                    Campaigns by external_id, 1–255 characters; not UUID-shaped and not `default` (checked by \
                    `campaignctl validate`). Merged across files by key; an external_id defined in two places is \
                    an error.
                    """),
            ManifestKey(
                "adhoc_contacts", .mapping(adhocContacts),
                help: "The contacts of the `default` campaign: ad-hoc calls outside any campaign. At most one file."),
            ManifestKey(
                "concurrency", .mapping(concurrency),
                help: "The org's concurrency limit; without it the live limit is left as it is. At most one file."),
            ManifestKey(
                "policy", .mapping(policy),
                help: """
                    What may be deleted: prune, ignored live resources, the mass-delete guard; everything is off \
                    unless said. At most one file; its directory is the repository's root.
                    """),
        ])

    /// A contacts file: a YAML file whose only top-level key is `contacts`.
    static let contactsFile = ManifestMapping(
        name: "contactsFile",
        help: "A contacts file: a YAML file whose only top-level key is `contacts`.",
        keys: [
            ManifestKey(
                "contacts", .list(of: .mapping(contact)), required: true,
                help: """
                    Only in a contacts file, a YAML file whose only top-level key is `contacts`: a list of \
                    contacts, written as inline contacts are. It is read when a campaign or `adhoc_contacts` names \
                    it in `contacts_files`.
                    """)
        ])

    /// An external_id: 1–255 characters.
    static let externalID = TextRule(length: Contract.externalIDLength)
    /// A UUID in its canonical 8-4-4-4-12 hex form, any case (`ExternalIDRules.isUUIDShaped`).
    static let uuid = TextRule(
        pattern: "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$")

    /// `id:`, adopting a live resource that has no external_id.
    static func adoptedID(_ resource: String) -> ManifestKey {
        ManifestKey(
            "id", .text(uuid),
            help: "The UUID of a live \(resource) without external_id that this entry adopts.")
    }

    /// `previous_external_ids:`, the keys of a renamed entry.
    static func previousExternalIDs(_ resource: String) -> ManifestKey {
        ManifestKey(
            "previous_external_ids", .list(of: .text(externalID)), default: [],
            help: """
                The keys this \(resource) had before a rename: the plan patches the live \(resource)'s external_id \
                instead of creating a new one. A previous key may not be another entry's key nor be claimed by two \
                entries (checked by `campaignctl validate`).
                """)
    }
}
