/// Merges per-file fragments into one desired state; a resource or section defined twice, in one
/// file or two, is an error naming both places.
struct ManifestMerger {
    let sink: DiagnosticSink

    func merge(_ fragments: [ManifestFragment]) -> DesiredState {
        var state = DesiredState()
        state.configurations = unique(
            fragments.flatMap(\.configurations), kind: "configuration", id: \.externalID, location: \.location)
        state.campaigns = unique(
            fragments.flatMap(\.campaigns), kind: "campaign", id: \.externalID, location: \.location)
        state.adHocContacts = single(
            fragments.compactMap(\.adHocContacts), section: "adhoc_contacts", location: \.location)
        state.concurrency = single(fragments.compactMap(\.concurrency), section: "concurrency", location: \.location)
        state.policy =
            single(fragments.compactMap(\.policy), section: "policy", location: { $0.location! }) ?? PolicySpec()
        for index in state.campaigns.indices where state.campaigns[index].fieldLocations["prune_contacts"] == nil {
            state.campaigns[index].pruneContacts = state.policy.pruneContacts
        }
        return state
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

    private func single<T>(_ items: [T], section: String, location: (T) -> SourceLocation) -> T? {
        for extra in items.dropFirst() {
            sink.error(
                location(extra), "section \(Snippet(section)) is defined twice; first at \(location(items[0]))",
                kind: .duplicate, related: location(items[0]))
        }
        return items.first
    }
}
