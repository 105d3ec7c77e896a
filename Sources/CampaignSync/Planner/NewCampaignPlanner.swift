import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// A campaign the org doesn't have yet.
///
/// Active: created with up to 5000 contacts inline, the rest upserted after. Paused: created
/// empty, paused, then given contacts. Closed: as paused, then closed, so nobody is dialed.
struct NewCampaignPlanner {
    let spec: CampaignSpec
    let configuration: ConfigurationIndex.Entry
    let builder: PlanBuilder

    func plan() {
        let diff = ContactDiff(desired: spec.contacts, live: LiveContacts(), prune: false)
        builder.report(SuppressionReport(key: spec.externalID, suppressed: spec.suppressed, live: diff.liveSuppression))
        let inline = spec.status == .active ? Array(diff.upserts.prefix(Contract.maxInlineContacts)) : []
        let create = builder.add(createOperation(inline: inline))
        var after = [create]
        if spec.status != .active {
            after = [builder.add(lifecycle(.paused, after: after))]
        }
        let contactOps = ContactOperations(key: spec.externalID, source: spec.location, builder: builder)
            .add(diff, skipping: inline.count, after: after)
        if spec.status == .closed {
            builder.add(lifecycle(.closed, after: after + contactOps))
        }
    }

    private func createOperation(inline: [ContactChange]) -> PlanOperation {
        let create = CampaignCreate(
            externalID: spec.externalID, name: spec.name, priority: spec.priority,
            configuration: spec.configuration, configurationID: configuration.liveID)
        // What a reviewer reads: the manifest's view (the configuration by key, the status asked for).
        let shown = CampaignState(name: spec.name, priority: spec.priority, status: spec.status)
        var changes = CampaignState.fields.differences(from: nil, to: shown).map(FieldChange.init)
        changes += [
            FieldChange(field: "configuration", before: nil, after: .string(spec.configuration), sensitive: false),
            FieldChange(field: "status", before: nil, after: .string(spec.status.rawValue), sensitive: false),
        ]
        return PlanOperation(
            id: OperationID(.campaign, spec.externalID, .create), step: .createCampaign(create),
            key: spec.externalID, dependsOn: configuration.operationID.map { [$0] } ?? [],
            changes: changes.sorted { $0.field < $1.field }, contacts: inline, source: spec.location)
    }

    private func lifecycle(_ status: CampaignStatus, after: [OperationID]) -> PlanOperation {
        let step = PlanStep.lifecycle(to: status)
        return PlanOperation(
            id: OperationID(.campaign, spec.externalID, step.action), step: step, key: spec.externalID,
            dependsOn: after,
            changes: [
                FieldChange(
                    field: "status", before: .string(status == .paused ? "active" : "paused"),
                    after: .string(status.rawValue), sensitive: false)
            ],
            source: spec.fieldLocations["status"] ?? spec.location)
    }
}
