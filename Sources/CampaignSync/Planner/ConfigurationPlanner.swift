import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// How campaigns find their configuration's id: live already, or created by an operation.
struct ConfigurationIndex {
    struct Entry {
        var liveID: String?
        /// The create or patch operation campaigns must wait for.
        var operationID: OperationID?
    }

    var entries: [String: Entry]
}

/// Plans configuration creates, patches and (after campaigns) prunes.
struct ConfigurationPlanner {
    let desired: DesiredState
    let live: OrgSnapshot
    let builder: PlanBuilder

    var liveByKey: [String: Components.Schemas.Configuration] {
        Dictionary(
            live.configurations.compactMap { config in config.externalId.map { ($0, config) } },
            uniquingKeysWith: { first, _ in first })
    }

    func planCreatesAndPatches() -> ConfigurationIndex {
        var index = ConfigurationIndex(entries: [:])
        let liveByKey = liveByKey
        for (key, config) in liveByKey { index.entries[key] = .init(liveID: config.id) }
        for spec in desired.configurations {
            let renamed = spec.previousExternalIDs.lazy.compactMap { liveByKey[$0] }.first
            if let existing = liveByKey[spec.externalID] ?? renamed ?? adopted(spec) {
                index.entries[spec.externalID] = .init(liveID: existing.id)
                guard let patch = patch(spec, existing) else { continue }
                index.entries[spec.externalID]?.operationID = builder.add(patch)
            } else {
                index.entries[spec.externalID] = .init(liveID: nil, operationID: builder.add(create(spec)))
            }
        }
        return index
    }

    /// The live configuration an entry adopts by `id:` (one that has no external_id yet).
    private func adopted(_ spec: ConfigurationSpec) -> Components.Schemas.Configuration? {
        spec.adoptID.flatMap { id in live.configurations.first { $0.id.lowercased() == id } }
    }

    private func create(_ spec: ConfigurationSpec) -> PlanOperation {
        let changes = ConfigurationState.fields.differences(from: nil, to: spec.state).map(FieldChange.init)
        return PlanOperation(
            id: OperationID(.configuration, spec.externalID, .create), step: .createConfiguration(spec.state),
            key: spec.externalID, changes: changes, source: spec.location)
    }

    /// A merge patch that replaces each changed top-level part whole, nulls written out, so the
    /// result is exactly the manifest's whatever the server's defaults; nil when nothing differs.
    private func patch(_ spec: ConfigurationSpec, _ live: Components.Schemas.Configuration) -> PlanOperation? {
        let current = ConfigurationState(live: live)
        var patch = ConfigurationPatch(from: current, to: spec.state)
        var changes = ConfigurationState.fields.differences(from: current, to: spec.state).map(FieldChange.init)
        if live.externalId != spec.externalID {
            patch.externalID = .value(spec.externalID)
            changes.append(.adoption(from: live.externalId, to: spec.externalID))
            changes.sort { $0.field < $1.field }
        }
        guard !patch.isEmpty else { return nil }
        return PlanOperation(
            id: OperationID(.configuration, spec.externalID, .patch), step: .patchConfiguration(patch),
            key: spec.externalID, liveID: live.id, changes: changes, source: spec.location,
            liveFingerprint: Fingerprint.of(current.json))
    }

    /// Live configurations no manifest names: listed, and deleted only where the policy says so
    /// and no campaign will still reference them.
    func planPrunes() {
        // Keys and adopted ids apart: a configuration's key may be UUID-shaped, and spelling
        // another configuration's id doesn't name that one. `live_configurations` names
        // configurations the repository uses without managing: never pruned, nor unmanaged.
        let keys = Set(desired.configurations.flatMap { [$0.externalID] + $0.previousExternalIDs })
            .union(desired.liveConfigurations)
        let adopted = Set(desired.configurations.compactMap(\.adoptID))
        let referenced = referencedConfigurationIDs()
        let campaignChanges = builder.ids(of: .campaign)
        let unnamed = live.configurations.filter { config in
            !(config.externalId.map(keys.contains) ?? false) && !adopted.contains(config.id.lowercased())
        }
        for config in unnamed {
            let key = config.externalId ?? config.id
            if desired.policy.ignore.ignores(configuration: key) { continue }
            guard desired.policy.pruneConfigurations else {
                builder.addUnmanaged(.configuration, key: key, detail: config.name)
                continue
            }
            if let user = referenced[config.id] {
                builder.warn(
                    .configurationInUse,
                    "configuration \(Snippet(key)) is not in the manifests but campaign \(Snippet(user)) still uses it; it is kept",
                    at: desired.policy.location)
                builder.addUnmanaged(.configuration, key: key, detail: config.name)
                continue
            }
            builder.add(
                PlanOperation(
                    id: OperationID(.configuration, key, .delete), step: .deleteConfiguration, key: key,
                    liveID: config.id, dependsOn: campaignChanges, source: desired.policy.location,
                    liveFingerprint: Fingerprint.of(ConfigurationState(live: config).json)))
        }
    }

    /// Configuration id → a campaign that will still use it after this plan.
    private func referencedConfigurationIDs() -> [String: String] {
        let desiredKeys = Set(desired.campaigns.map(\.externalID))
        let liveByKey = liveByKey
        var users: [String: String] = [:]
        for campaign in live.campaigns where !(campaign.externalId.map(desiredKeys.contains) ?? false) {
            users[campaign.configurationId] = campaign.externalId ?? campaign.id
        }
        for spec in desired.campaigns {
            if let id = liveByKey[spec.configuration]?.id { users[id] = spec.externalID }
        }
        return users
    }
}
