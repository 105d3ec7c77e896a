import AnyreachModel

/// The mappings of a campaign and of the contacts it holds.
extension ManifestKeys {
    static let campaign = ManifestMapping(
        name: "campaign",
        help: "A campaign: which configuration it uses, its status and priority, and its contacts.",
        keys: [
            adoptedID("campaign"),
            ManifestKey(
                "name", .text(TextRule(length: Contract.nameLength)), required: true,
                help: "The campaign's name, 1–200 characters."),
            ManifestKey(
                "configuration", .text(externalID), required: true,
                help: """
                    The external_id of the configuration the campaign uses. One that no manifest defines and \
                    `live_configurations` doesn't list is a warning of `campaignctl validate` (an error with \
                    `--strict`): the schema sees one file at a time.
                    """),
            ManifestKey(
                "status", .text(TextRule(choices: CampaignStatus.allCases.map(\.rawValue))),
                default: .string(CampaignStatus.active.rawValue),
                help: "`active`, `paused` or `closed`; closing is final (a closed campaign never dials again)."),
            ManifestKey(
                "priority", .integer(Contract.priorities), default: .int(Contract.defaultPriority),
                help: "The campaign's priority, 1–10."),
            contactsKey(
                help: """
                    Contacts written inline. With those of `contacts_files`, their external_ids must be unique \
                    within the campaign (checked by `campaignctl validate`).
                    """),
            contactsFilesKey,
            ManifestKey(
                "prune_contacts", .boolean,
                help: """
                    Whether live contacts missing from the manifests are deleted. Default: `policy.prune.contacts` \
                    (itself false).
                    """),
            ManifestKey(
                "contact_timezone", .text(TextRule(choices: [ContactSpec.autoTimezoneWord])), acceptsNull: true,
                help: """
                    `auto`: every contact of the campaign that names no `timezone` is read as `timezone: auto`. \
                    Left out (or null), such contacts get the configuration's `default_timezone`.
                    """),
            previousExternalIDs("campaign"),
        ])

    static let contact = ManifestMapping(
        name: "contact",
        help: "A contact: inline in a campaign or `adhoc_contacts`, or an item of a contacts file.",
        keys: [
            adoptedID("contact"),
            ManifestKey(
                "external_id", .text(externalID), required: true,
                help: """
                    The contact's key, 1–255 characters. Not UUID-shaped, not `default`, and unique within its \
                    campaign: `campaignctl validate` checks those.
                    """),
            ManifestKey(
                "phone_numbers", .list(of: .text(), atLeast: 1, atMost: Contract.phoneNumbersPerContact.upperBound),
                required: true,
                help: """
                    1–10 numbers, dialled in order (plain `+14155550123` is read as text). `campaignctl validate` \
                    normalizes each to E.164 with the configuration's `default_country_code` (ad-hoc contacts' \
                    numbers must already be E.164); the schema doesn't.
                    """),
            ManifestKey(
                "data", .freeForm, acceptsNull: true, default: [:],
                help: """
                    Free key/value data passed to the call; at most 16 KiB (16384 bytes) as compact UTF-8 JSON \
                    (checked by `campaignctl validate`).
                    """),
            ManifestKey(
                "timezone", .text(), acceptsNull: true,
                help: """
                    The contact's IANA time zone, or `auto` for its first number's zone when the number has \
                    exactly one (else none, and a warning). Default the campaign's `contact_timezone`, else the \
                    configuration's `default_timezone`. `campaignctl validate` checks it against the tz database \
                    and warns when it is not a zone the number rings in; the schema doesn't.
                    """),
            ManifestKey(
                "scheduled_at", .text(), acceptsNull: true,
                help: """
                    When to call first: RFC 3339 with an offset, as in `2027-01-05T09:30:00+01:00` (checked by \
                    `campaignctl validate`).
                    """),
            ManifestKey(
                "agent_id", .text(), acceptsNull: true, help: "The agent for this contact; default the configuration's."
            ),
            ManifestKey(
                "agent_version", .integer(Contract.agentVersions), acceptsNull: true,
                help: "The agent version for this contact, 0–2147483647."),
            ManifestKey(
                "agent_number", .text(), acceptsNull: true,
                help: "The number calls come from; already E.164 (`+14155550100`), checked by `campaignctl validate`."),
            ManifestKey(
                "agent_config", .freeForm, acceptsNull: true, help: "Free-form settings for the agent, as `data`."),
            ManifestKey(
                "initial_context", .text(), acceptsNull: true, help: "What the agent is told before the call starts."),
        ])

    /// `contacts:` of a campaign or of `adhoc_contacts`.
    static func contactsKey(help: String) -> ManifestKey {
        ManifestKey("contacts", .list(of: .mapping(contact)), default: [], help: help)
    }

    /// `contacts_files:` of a campaign or of `adhoc_contacts`.
    static let contactsFilesKey = ManifestKey(
        "contacts_files", .list(of: .either([.text(), .mapping(contactsFileEntry)])), default: [],
        help: """
            Files of more contacts, read in order: the path of a YAML contacts file, or `{path, columns}` for a \
            CSV file. Paths are relative to the manifest and must stay inside the tree being read; \
            `campaignctl validate` reads the files, the schema doesn't.
            """)
}
