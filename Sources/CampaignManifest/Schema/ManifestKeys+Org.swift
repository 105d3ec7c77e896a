import AnyreachModel

/// The org-wide sections: ad-hoc contacts, the concurrency limit and the policy.
extension ManifestKeys {
    static let adhocContacts = ManifestMapping(
        name: "adhocContacts",
        help: "The contacts of the `default` campaign: ad-hoc calls outside any campaign.",
        keys: [
            contactsKey(
                help: """
                    Ad-hoc contacts written inline. Their numbers are not normalized: each must already be E.164 \
                    (checked by `campaignctl validate`).
                    """),
            contactsFilesKey,
            ManifestKey(
                "prune", .boolean, default: false, help: "Delete live ad-hoc contacts missing from the manifests."),
        ])

    static let concurrency = ManifestMapping(
        name: "concurrency",
        help: "The org's concurrency limit.",
        keys: [
            ManifestKey(
                "limit", .integer(Contract.concurrencyLimits), required: true,
                help: "1–10000. Without the section the org's limit is left as it is (the API's default is 10).")
        ])

    static let policy = ManifestMapping(
        name: "policy",
        help: "What may be deleted, as data visible in review. Everything is off unless said.",
        keys: [
            ManifestKey(
                "prune", .mapping(prune), help: "What plans delete (or close) when the manifests leave it out."),
            ManifestKey(
                "mass_delete", .mapping(massDelete),
                help: "The guard against a plan that removes too much at once (`--allow-mass-delete` overrides it)."),
            ManifestKey(
                "ignore", .mapping(ignore),
                help: "Live resources the repository doesn't manage: prune and drift leave them alone."),
            ManifestKey(
                "calling_hours", .mapping(callingHours),
                help: """
                    The earliest and latest local time a call may start; every calling window is checked against \
                    it. Without it, windows outside 08:00–21:00 are a warning.
                    """),
            ManifestKey(
                "suppress", .list(of: .either([.text(), .mapping(suppressionFile)])), default: [],
                help: """
                    Files of numbers that must never be called (do-not-call and opt-out lists): one number a line, \
                    or a CSV file with the column that holds them. A contact whose every number is listed is not \
                    uploaded, a listed number is removed from a contact, and a live contact whose numbers are all \
                    listed is deleted whatever the prune setting.
                    """),
        ])

    static let suppressionFile = ManifestMapping(
        name: "suppressionFile",
        help: "A suppression list named with a mapping: its path, and how its numbers are read.",
        keys: [
            ManifestKey(
                "path", .text(), required: true,
                help: """
                    The file, relative to the manifest: a regular file inside the tree being read. A `.csv` file \
                    needs `column`; any other file holds one number a line (blank lines and `#` comments skipped).
                    """),
            ManifestKey(
                "column", .text(), help: "The CSV header of the column holding the numbers; for CSV files only."),
            ManifestKey(
                "country_code", .text(TextRule(pattern: "^\\+[1-9][0-9]{0,2}$")),
                help: """
                    The calling code (`+1`, `+44`) of numbers written without one; without it every number must \
                    be international (`+` or `00`).
                    """),
        ])

    static let callingHours = ManifestMapping(
        name: "callingHours",
        help: """
            The band of local time calls may start in, as the law where the people called live allows (this is \
            not legal advice: set your jurisdiction's hours). Windows are read in each contact's local time.
            """,
        keys: [
            ManifestKey(
                "earliest", .text(clockTime), required: true, help: "HH:MM: no window may open before it (`08:00`)."),
            ManifestKey(
                "latest", .text(clockTime), required: true, help: "HH:MM: no window may run past it (`21:00`)."),
            ManifestKey(
                "enforce", .text(TextRule(choices: ["warning", "error"])), default: .string("warning"),
                help: "`error` refuses manifests with a window outside the band; `warning` (the default) says so."),
        ])

    static let prune = ManifestMapping(
        name: "prune",
        help: "What plans delete (or close) when the manifests leave it out.",
        keys: [
            ManifestKey(
                "configurations", .boolean, default: false,
                help:
                    "Delete live configurations no manifest names (one a campaign still uses is kept, with a warning)."
            ),
            ManifestKey(
                "campaigns", .boolean, default: false,
                help: """
                    Close live campaigns no manifest names: the API has no campaign delete, and closing is final. \
                    With it on, plans need the whole repository (`partial_repository`).
                    """),
            ManifestKey(
                "contacts", .boolean, default: false, help: "The default of every campaign's `prune_contacts`."),
        ])

    static let massDelete = ManifestMapping(
        name: "massDelete",
        help: """
            The guard against a plan that removes too much at once: each count past its threshold refuses the plan \
            unless `--allow-mass-delete`.
            """,
        keys: [
            ManifestKey(
                "max_percent", .number(PolicySpec.percentRange), default: .number(PolicySpec().maxDeletePercent),
                help: """
                    0–100: deleting more than this percentage of a kind's live resources, and more than `min_count` \
                    of them, is refused.
                    """),
            ManifestKey(
                "min_count", .integer(PolicySpec.countRange), default: .int(PolicySpec().minDeleteCount),
                help: "0–2147483647: deletes of a kind up to this count are never refused."),
            ManifestKey(
                "max_closes", .integer(PolicySpec.countRange), default: .int(PolicySpec().maxClosesWithPending),
                help: """
                    0–2147483647: how many campaigns that still hold pending contacts prune may close; by default \
                    none.
                    """),
        ])

    static let ignore = ManifestMapping(
        name: "ignore",
        help: "Live resources the repository doesn't manage, by key or glob (`*` any run of characters, `?` one).",
        keys: [
            ManifestKey(
                "configurations", .list(of: .text(externalID)), default: [],
                help: "Keys or globs of live configurations that prune, plans and drift leave alone."),
            ManifestKey(
                "campaigns", .list(of: .text(externalID)), default: [],
                help: "Keys or globs of live campaigns that prune, plans and drift leave alone."),
        ])
}
