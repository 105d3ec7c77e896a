import AnyreachAPI
import AnyreachModel
import AnyreachClient
import CampaignManifest

/// A campaign the org doesn't have yet.
///
/// Active: created with up to 5000 contacts inline, the rest upserted after. Paused: created
/// empty, paused, then given contacts. Closed: as paused, then closed, so nobody is dialed.
struct NewCampaignPlanner {
    let spec: CampaignSpec
    let configuration: ConfigurationIndex.Entry
    let builder: PlanBuilder

    var prefix: String { "campaign/\(spec.externalID)" }

    func plan() {
        let diff = ContactDiff(desired: spec.contacts, live: [], prune: false)
        let inline = spec.status == .active ? Array(diff.upserts.prefix(Contract.maxInlineContacts)) : []
        let create = builder.add(createOperation(inline: inline))
        var after = [create]
        if spec.status != .active {
            after = [builder.add(lifecycle(.pause, after: after))]
        }
        let contactOps = ContactOperations(key: spec.externalID, source: spec.location, builder: builder).add(diff, skipping: inline.count, after: after)
        if spec.status == .closed {
            builder.add(lifecycle(.close, after: after + contactOps))
        }
    }

    private func createOperation(inline: [ContactChange]) -> PlanOperation {
        var body: [String: JSONValue] = [
            "name": .string(spec.name), "external_id": .string(spec.externalID), "priority": .int(Int64(spec.priority)),
        ]
        if let liveID = configuration.liveID { body["configuration_id"] = .string(liveID) }
        if !inline.isEmpty { body["contacts"] = .array(inline.compactMap(\.item)) }
        let wanted: [String: JSONValue] = ["name": .string(spec.name), "configuration": .string(spec.configuration), "priority": .int(Int64(spec.priority)), "status": .string(spec.status.rawValue)]
        return PlanOperation(id: "\(prefix)/create", action: .create, resource: .campaign, key: spec.externalID,
                             dependsOn: configuration.operationID.map { [$0] } ?? [], changes: FieldDiff.changes(from: nil, to: wanted),
                             body: .object(body), configurationKey: spec.configuration, contacts: inline, source: spec.location)
    }

    private func lifecycle(_ action: PlanAction, after: [String]) -> PlanOperation {
        let target = action == .pause ? "paused" : "closed"
        return PlanOperation(id: "\(prefix)/\(action.rawValue)", action: action, resource: .campaign, key: spec.externalID, dependsOn: after,
                             changes: [FieldChange(field: "status", before: action == .pause ? "active" : "paused", after: .string(target), sensitive: false)],
                             source: spec.fieldLocations["status"] ?? spec.location)
    }
}
