import AnyreachModel
import ScheduleRules
import Yams

/// Reads one manifest file's top-level sections.
struct ManifestFileDecoder {
    let reader: NodeReader
    let timezones: TimezoneDatabase
    let sources: ContactSources

    func decode(_ root: Node) -> ManifestFragment {
        var fragment = ManifestFragment()
        guard let fields = reader.fields(root, "a manifest file's top level", ManifestKeys.manifest) else {
            return fragment
        }
        var broken: Set<String> = []
        fragment.configurations = keyedEntries(fields["configurations"], .configuration) { id, location, node in
            let configuration = ConfigurationDecoder(reader: reader, timezones: timezones).decode(
                id, at: location, node)
            if configuration == nil { broken.insert(id) }
            return configuration
        }
        fragment.brokenConfigurations = broken
        fragment.liveConfigurations = fields["live_configurations"].map(decodeLiveConfigurations) ?? []
        fragment.campaigns = keyedEntries(fields["campaigns"], .campaign, decodeCampaign)
        fragment.adHocContacts = fields["adhoc_contacts"].flatMap(decodeAdHoc)
        fragment.concurrency = fields["concurrency"].flatMap(decodeConcurrency)
        fragment.policy = fields["policy"].flatMap(decodePolicy)
        return fragment
    }

    /// A mapping of external_id → entry; each key is checked as an external_id, and its location
    /// is the entry's.
    private func keyedEntries<T>(
        _ node: Node?, _ owner: ExternalIDRules.Owner,
        _ decode: (String, SourceLocation, Node) -> T?
    ) -> [T] {
        let what = owner == .configuration ? "configurations" : "campaigns"
        guard let node else { return [] }
        if reader.isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            reader.sink.error(reader.location(node), "\(what) must map each external_id to its settings")
            return []
        }
        return mapping.compactMap { key, value in
            guard let id = reader.string(key, "external_id", length: Contract.externalIDLength) else { return nil }
            ExternalIDRules.check(id, of: owner, at: reader.location(key), sink: reader.sink)
            return decode(id, reader.location(key), value)
        }
    }

    /// `live_configurations: [key, ...]`; null is an empty list, and a key listed twice is fine.
    private func decodeLiveConfigurations(_ node: Node) -> [(key: String, location: SourceLocation)] {
        guard !reader.isNull(node), let items = reader.list(node, "live_configurations") else { return [] }
        return items.enumerated().compactMap { index, item in
            reader.string(item, "live_configurations[\(index)]", length: Contract.externalIDLength).map {
                ($0, reader.location(item))
            }
        }
    }

    private func decodeCampaign(_ externalID: String, at location: SourceLocation, _ node: Node) -> CampaignSpec? {
        guard let fields = reader.fields(node, "campaign \(Snippet(externalID))", ManifestKeys.campaign) else {
            return nil
        }
        // Every field is read before giving up on the campaign, so that a missing name doesn't
        // hide the problems of its contacts.
        let name = fields["name"].flatMap { reader.string($0, "name", length: Contract.nameLength) }
        let configuration = fields["configuration"].flatMap {
            reader.string($0, "configuration", length: Contract.externalIDLength)
        }
        let status = fields["status"].flatMap(decodeStatus) ?? .active
        let priority =
            fields["priority"].flatMap { reader.integer($0, "priority", range: Contract.priorities) }
            ?? Contract.defaultPriority
        let contacts = sources.load(inline: fields["contacts"], files: fields["contacts_files"])
        let prune = fields["prune_contacts"].flatMap { reader.bool($0, "prune_contacts") }
        let autoTimezones = fields["contact_timezone"].map(reader.contactTimezoneDefault) ?? false
        guard let name, let configuration else { return nil }
        var spec = CampaignSpec(
            externalID: externalID, name: name, configuration: configuration, status: status, priority: priority,
            contacts: contacts, pruneContacts: prune ?? false, location: location, fieldLocations: fields.keyLocations)
        if prune == nil { spec.fieldLocations["prune_contacts"] = nil }
        spec.autoContactTimezones = autoTimezones
        spec.adoptID = fields["id"].flatMap(reader.adoptedID)
        spec.previousExternalIDs = fields["previous_external_ids"].map { reader.previousKeys($0, of: externalID) } ?? []
        return spec
    }

    private func decodeStatus(_ node: Node) -> CampaignStatus? {
        guard let text = reader.string(node, "status") else { return nil }
        guard let status = CampaignStatus(rawValue: text) else {
            reader.sink.error(reader.location(node), "status must be active, paused or closed, not \(Snippet(text))")
            return nil
        }
        return status
    }

    private func decodeAdHoc(_ node: Node) -> AdHocContactsSpec? {
        guard let fields = reader.fields(node, "adhoc_contacts", ManifestKeys.adhocContacts)
        else { return nil }
        let contacts = sources.load(inline: fields["contacts"], files: fields["contacts_files"])
        let prune = fields["prune"].flatMap { reader.bool($0, "prune") } ?? false
        return AdHocContactsSpec(contacts: contacts, prune: prune, location: fields.location)
    }

    private func decodeConcurrency(_ node: Node) -> ConcurrencySpec? {
        guard let fields = reader.fields(node, "concurrency", ManifestKeys.concurrency),
            let limit = fields["limit"].flatMap({ reader.integer($0, "limit", range: Contract.concurrencyLimits) })
        else { return nil }
        return ConcurrencySpec(limit: limit, location: fields.location)
    }

    private func decodePolicy(_ node: Node) -> PolicySpec? {
        guard let fields = reader.fields(node, "policy", ManifestKeys.policy) else {
            return nil
        }
        var policy = PolicySpec()
        policy.location = fields.location
        if let prune = fields["prune"].flatMap({
            reader.fields($0, "policy.prune", ManifestKeys.prune)
        }) {
            policy.pruneConfigurations =
                prune["configurations"].flatMap { reader.bool($0, "prune.configurations") } ?? false
            policy.pruneCampaigns = prune["campaigns"].flatMap { reader.bool($0, "prune.campaigns") } ?? false
            policy.pruneContacts = prune["contacts"].flatMap { reader.bool($0, "prune.contacts") } ?? false
        }
        if let guardFields = fields["mass_delete"].flatMap({
            reader.fields($0, "policy.mass_delete", ManifestKeys.massDelete)
        }) {
            policy.maxClosesWithPending =
                guardFields["max_closes"].flatMap { reader.integer($0, "max_closes", range: PolicySpec.countRange) }
                ?? policy.maxClosesWithPending
            policy.maxDeletePercent =
                guardFields["max_percent"].flatMap { reader.number($0, "max_percent", range: PolicySpec.percentRange) }
                ?? policy.maxDeletePercent
            policy.minDeleteCount =
                guardFields["min_count"].flatMap { reader.integer($0, "min_count", range: PolicySpec.countRange) }
                ?? policy.minDeleteCount
        }
        if let ignore = fields["ignore"].flatMap({
            reader.fields($0, "policy.ignore", ManifestKeys.ignore)
        }) {
            policy.ignore.configurations = ignore["configurations"].map { keys($0, "ignore.configurations") } ?? []
            policy.ignore.campaigns = ignore["campaigns"].map { keys($0, "ignore.campaigns") } ?? []
        }
        policy.callingHours = fields["calling_hours"].flatMap(decodeCallingHours)
        policy.suppression =
            fields["suppress"].map { SuppressionReader(sources: sources).read($0) } ?? policy.suppression
        return policy
    }

    private func decodeCallingHours(_ node: Node) -> CallingHoursSpec? {
        guard let fields = reader.fields(node, "policy.calling_hours", ManifestKeys.callingHours),
            let earliest = fields["earliest"].flatMap({ clockTime($0, "calling_hours.earliest") }),
            let latest = fields["latest"].flatMap({ clockTime($0, "calling_hours.latest") })
        else { return nil }
        if latest <= earliest, let node = fields["latest"] {
            reader.sink.error(reader.location(node), "calling_hours.latest must be later than earliest")
            return nil
        }
        var isError = false
        if let node = fields["enforce"], let text = reader.string(node, "calling_hours.enforce") {
            guard ["warning", "error"].contains(text) else {
                reader.sink.error(
                    reader.location(node), "calling_hours.enforce must be warning or error, not \(Snippet(text))")
                return nil
            }
            isError = text == "error"
        }
        return CallingHoursSpec(
            hours: CallingHours(earliest: earliest, latest: latest), isError: isError, location: fields.location)
    }

    private func clockTime(_ node: Node, _ what: String) -> Int? {
        guard let text = reader.string(node, what) else { return nil }
        guard let minutes = TimeWindowRules.minutes(of: text) else {
            reader.sink.error(
                reader.location(node), "\(what) must be HH:MM, 24-hour, zero-padded (got \(Snippet(text)))")
            return nil
        }
        return minutes
    }

    /// A list of keys or globs.
    private func keys(_ node: Node, _ what: String) -> [String] {
        (reader.list(node, what) ?? []).compactMap { reader.string($0, what, length: Contract.externalIDLength) }
    }
}
