/// Merges per-file fragments into one desired state; a resource or section defined twice, in one
/// file or two, is an error naming both places.
struct ManifestMerger {
    let sink: DiagnosticSink

    func merge(_ fragments: [ManifestFragment]) -> DesiredState {
        var state = DesiredState()
        state.configurations = unique(
            fragments.flatMap(\.configurations), kind: "configuration", id: \.externalID, location: \.location)
        state.liveConfigurations = liveOnly(fragments.flatMap(\.liveConfigurations), managed: state.configurations)
        state.campaigns = unique(
            fragments.flatMap(\.campaigns), kind: "campaign", id: \.externalID, location: \.location)
        state.adHocContacts = single(
            fragments.compactMap(\.adHocContacts), section: "adhoc_contacts", location: \.location)
        state.concurrency = single(fragments.compactMap(\.concurrency), section: "concurrency", location: \.location)
        state.policy =
            single(fragments.compactMap(\.policy), section: "policy", location: { $0.location! }) ?? PolicySpec()
        checkRenames(state.configurations.map { ($0.externalID, $0.previousExternalIDs, $0.location) }, "configuration")
        checkRenames(
            state.campaigns.map {
                ($0.externalID, $0.previousExternalIDs, $0.fieldLocations["previous_external_ids"] ?? $0.location)
            }, "campaign")
        for index in state.campaigns.indices where state.campaigns[index].fieldLocations["prune_contacts"] == nil {
            state.campaigns[index].pruneContacts = state.policy.pruneContacts
        }
        return state
    }

    /// A previous key names one live resource: it can't be another entry's key, nor be claimed by
    /// two entries, or one live campaign would become two.
    private func checkRenames(_ entries: [(key: String, previous: [String], location: SourceLocation)], _ kind: String)
    {
        let keys = Set(entries.map(\.key))
        var claimed: [String: String] = [:]
        for entry in entries {
            for old in entry.previous {
                if keys.contains(old) {
                    sink.error(
                        entry.location,
                        "\(kind) \(Snippet(entry.key)) was renamed from \(Snippet(old)), which is still a \(kind) of the manifests",
                        kind: .duplicate)
                } else if let other = claimed.updateValue(entry.key, forKey: old) {
                    sink.error(
                        entry.location,
                        "\(kind)s \(Snippet(other)) and \(Snippet(entry.key)) both say they were \(Snippet(old))",
                        kind: .duplicate)
                }
            }
        }
    }

    /// Keeps the first definition of each id, reporting every later one; sorted by id for stable plans.
    private func unique<T>(_ items: [T], kind: String, id: (T) -> String, location: (T) -> SourceLocation) -> [T] {
        var first: [String: T] = [:]
        for item in items {
            if let existing = first[id(item)] {
                sink.error(
                    location(item), "\(kind) \(Snippet(id(item))) is defined twice; first at \(location(existing))",
                    kind: .duplicate, related: location(existing))
            } else {
                first[id(item)] = item
            }
        }
        return first.values.sorted { id($0) < id($1) }
    }

    /// The keys listed in `live_configurations` (any number of times, in any files); one that the
    /// manifests also define is an error: a configuration is managed here or live-only, not both.
    private func liveOnly(_ listed: [(key: String, location: SourceLocation)], managed: [ConfigurationSpec])
        -> Set<String>
    {
        let definitions = Dictionary(
            managed.map { ($0.externalID, $0.location) }, uniquingKeysWith: { first, _ in first })
        for (key, location) in listed {
            guard let definition = definitions[key] else { continue }
            sink.error(
                location,
                "configuration \(Snippet(key)) is listed in live_configurations but defined at \(definition); a configuration is either managed here or live-only",
                kind: .duplicate, related: definition)
        }
        return Set(listed.map(\.key))
    }

    private func single<T>(_ items: [T], section: String, location: (T) -> SourceLocation) -> T? {
        for extra in items.dropFirst() {
            sink.error(
                location(extra), "section \(Snippet(section)) is defined twice; first at \(location(items[0]))",
                kind: .duplicate, related: location(items[0]))
        }
        return items.first
    }
}
