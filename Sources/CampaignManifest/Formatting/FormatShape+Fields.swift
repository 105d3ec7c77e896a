extension FormatShape {
    /// The keys of a mapping of known keys, in the order `fmt` writes them: the tables of
    /// docs/manifest.md, identity first (`id`, `previous_external_ids`, a contact's
    /// `external_id`), nested collections last. Keys not listed follow in the order written.
    var fields: [(key: String, shape: FormatShape)]? {
        switch self {
        case .manifestFile:
            [
                ("configurations", .configurations), ("live_configurations", .texts), ("campaigns", .campaigns),
                ("concurrency", .concurrency), ("adhoc_contacts", .adHoc), ("policy", .policy),
            ]
        case .contactsFile: [("contacts", .contacts)]
        case .configuration:
            [
                ("id", .text), ("previous_external_ids", .texts), ("name", .text), ("schedule", .schedule),
                ("dialing_policy", .dialingPolicy), ("agent", .agent),
            ]
        case .schedule:
            [
                ("default_timezone", .text), ("default_windows", .windows), ("overrides", .overrides),
                ("scheduled_windows", .windows), ("scheduled_overrides", .overrides),
            ]
        case .window: [("days", .texts), ("start", .text), ("end", .text)]
        case .override: [("timezones", .texts), ("windows", .windows)]
        case .dialingPolicy:
            [("max_attempts", .typed), ("retry_delay_minutes", .typed), ("default_country_code", .text)]
        case .agent: [("agent_id", .text), ("agent_version", .typed)]
        case .campaign: campaignFields
        case .contact: contactFields
        case .contactsFileEntry: [("path", .text), ("columns", .columns)]
        case .columns: columnFields
        case .dataColumn: [("column", .text), ("type", .text)]
        case .adHoc: [("prune", .typed), ("contacts", .contacts), ("contacts_files", .contactsFileList)]
        case .concurrency: [("limit", .typed)]
        case .policy:
            [
                ("prune", .prune), ("ignore", .ignore), ("mass_delete", .massDelete), ("calling_hours", .callingHours),
                ("suppress", .suppressionList),
            ]
        case .prune: [("configurations", .typed), ("campaigns", .typed), ("contacts", .typed)]
        case .ignore: [("configurations", .texts), ("campaigns", .texts)]
        case .massDelete: [("max_percent", .typed), ("min_count", .typed), ("max_closes", .typed)]
        case .callingHours: [("earliest", .text), ("latest", .text), ("enforce", .text)]
        case .suppressionFile: [("path", .text), ("column", .text), ("country_code", .text)]
        default: nil
        }
    }

    private var campaignFields: [(key: String, shape: FormatShape)] {
        [
            ("id", .text), ("previous_external_ids", .texts), ("name", .text), ("configuration", .text),
            ("status", .text), ("priority", .typed), ("prune_contacts", .typed), ("contact_timezone", .text),
            ("contacts", .contacts),
            ("contacts_files", .contactsFileList),
        ]
    }

    private var contactFields: [(key: String, shape: FormatShape)] {
        [
            ("external_id", .text), ("id", .text), ("phone_numbers", .texts), ("timezone", .text),
            ("scheduled_at", .text), ("agent_id", .text), ("agent_version", .typed), ("agent_number", .text),
            ("agent_config", .free), ("initial_context", .text), ("data", .free),
        ]
    }

    private var columnFields: [(key: String, shape: FormatShape)] {
        [
            ("external_id", .text), ("phone_numbers", .phoneColumns), ("timezone", .text), ("scheduled_at", .text),
            ("agent_id", .text), ("agent_number", .text), ("initial_context", .text), ("data", .dataColumns),
        ]
    }

    /// Each shape's keys: where it comes in the order, and its value's shape. Built once: a
    /// contacts file asks for a million keys.
    private static let fieldTables: [FormatShape: [String: (rank: Int, shape: FormatShape)]] = Dictionary(
        uniqueKeysWithValues: allCases.compactMap { shape in
            shape.fields.map { fields in
                (shape, Dictionary(uniqueKeysWithValues: fields.enumerated().map { ($1.key, ($0, $1.shape)) }))
            }
        })

    /// The shape of the value under `key` in a mapping of this shape.
    func field(_ key: String) -> FormatShape {
        if let table = Self.fieldTables[self] { return table[key]?.shape ?? .unknown }
        return entries?.values ?? .unknown
    }

    /// Where `key` comes among this shape's keys: known keys in their order, then the others.
    func rank(of key: String) -> Int {
        guard let table = Self.fieldTables[self] else { return 0 }
        return table[key]?.rank ?? table.count
    }

    /// Whether this is a mapping of known keys (which are then written plain).
    var hasFields: Bool { Self.fieldTables[self] != nil }
}
