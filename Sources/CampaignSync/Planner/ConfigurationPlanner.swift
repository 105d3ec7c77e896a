import AnyreachAPI
import AnyreachClient
import CampaignManifest

/// How campaigns find their configuration's id: live already, or created by an operation.
struct ConfigurationIndex {
    struct Entry {
        var liveID: String?
        /// The create or patch operation campaigns must wait for.
        var operationID: String?
    }

    var entries: [String: Entry]
}

/// Plans configuration creates, patches and (after campaigns) prunes.
struct ConfigurationPlanner {
    let desired: DesiredState
    let live: OrgSnapshot
    let builder: PlanBuilder

    var liveByKey: [String: Components.Schemas.Configuration] {
        Dictionary(live.configurations.compactMap { config in config.externalId.map { ($0, config) } }, uniquingKeysWith: { first, _ in first })
    }

    func planCreatesAndPatches() -> ConfigurationIndex {
        var index = ConfigurationIndex(entries: [:])
        let liveByKey = liveByKey
        for (key, config) in liveByKey { index.entries[key] = .init(liveID: config.id) }
        for spec in desired.configurations {
            var wanted = DesiredCanonical.configuration(spec)
            if let existing = liveByKey[spec.externalID] ?? adopted(spec) {
                var current = LiveCanonical.configuration(existing)
                if existing.externalId != spec.externalID {
                    current["external_id"] = existing.externalId.map(JSONValue.string) ?? .null
                    wanted["external_id"] = .string(spec.externalID)
                }
                index.entries[spec.externalID] = .init(liveID: existing.id)
                guard current != wanted else { continue }
                index.entries[spec.externalID]?.operationID = builder.add(patch(spec, existing, current, wanted))
            } else {
                index.entries[spec.externalID] = .init(liveID: nil, operationID: builder.add(create(spec, wanted)))
            }
        }
        return index
    }

    /// The live configuration an entry adopts by `id:` (one that has no external_id yet).
    private func adopted(_ spec: ConfigurationSpec) -> Components.Schemas.Configuration? {
        spec.adoptID.flatMap { id in live.configurations.first { $0.id.lowercased() == id } }
    }

    private func create(_ spec: ConfigurationSpec, _ wanted: [String: JSONValue]) -> PlanOperation {
        var body = wanted
        body["external_id"] = .string(spec.externalID)
        return PlanOperation(id: "configuration/\(spec.externalID)/create", action: .create, resource: .configuration, key: spec.externalID,
                             changes: FieldDiff.changes(from: nil, to: wanted), body: .object(body), source: spec.location)
    }

    /// A merge patch that replaces each changed top-level part whole, nulls written out, so the
    /// result is exactly the manifest's whatever the server's defaults.
    private func patch(_ spec: ConfigurationSpec, _ live: Components.Schemas.Configuration, _ current: [String: JSONValue], _ wanted: [String: JSONValue]) -> PlanOperation {
        let body = wanted.filter { current[$0.key] != $0.value }
        return PlanOperation(id: "configuration/\(spec.externalID)/patch", action: .patch, resource: .configuration, key: spec.externalID,
                             liveID: live.id, changes: FieldDiff.changes(from: current, to: wanted), body: .object(body),
                             source: spec.location, liveFingerprint: Fingerprint.of(.object(LiveCanonical.configuration(live))))
    }

    /// Live configurations no manifest names: listed, and deleted only where the policy says so
    /// and no campaign will still reference them.
    func planPrunes() {
        // Keys and adopted ids apart: a configuration's key may be UUID-shaped, and spelling
        // another configuration's id doesn't name that one.
        let keys = Set(desired.configurations.map(\.externalID))
        let adopted = Set(desired.configurations.compactMap(\.adoptID))
        let referenced = referencedConfigurationIDs()
        let campaignChanges = builder.ids(withPrefix: "campaign/")
        let unnamed = live.configurations.filter { config in
            !(config.externalId.map(keys.contains) ?? false) && !adopted.contains(config.id.lowercased())
        }
        for config in unnamed {
            let key = config.externalId ?? config.id
            guard desired.policy.pruneConfigurations else {
                builder.addUnmanaged(.configuration, key: key, detail: config.name)
                continue
            }
            if let user = referenced[config.id] {
                builder.warn("configuration '\(key)' is not in the manifests but campaign '\(user)' still uses it; it is kept", at: desired.policy.location)
                builder.addUnmanaged(.configuration, key: key, detail: config.name)
                continue
            }
            builder.add(PlanOperation(id: "configuration/\(key)/delete", action: .delete, resource: .configuration, key: key, liveID: config.id,
                                      dependsOn: campaignChanges, source: desired.policy.location,
                                      liveFingerprint: Fingerprint.of(.object(LiveCanonical.configuration(config)))))
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
