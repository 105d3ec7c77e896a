import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest

/// A campaign that exists live: patch its fields, move its status, reconcile its contacts.
///
/// Order: patch, then pause (before any contact arrives), then contacts, then start or close.
/// A campaign closed live can't change at all but for contact deletes: the plan fails instead.
struct ExistingCampaignPlanner {
    let spec: CampaignSpec
    let live: Campaign
    let contacts: LiveContacts
    let configuration: ConfigurationIndex.Entry
    /// `policy.suppress`: live contacts whose numbers are listed go, or lose those numbers.
    let suppression: SuppressionList
    let builder: PlanBuilder

    func plan() {
        let diff = ContactDiff(
            desired: spec.contacts, live: contacts, prune: spec.pruneContacts,
            suppression: ContactSuppression(list: suppression, suppressed: spec.suppressed))
        diff.report(to: builder, key: spec.externalID)
        builder.report(SuppressionReport(key: spec.externalID, suppressed: spec.suppressed, live: diff.liveSuppression))
        let patch = patchOperation()
        let contactOperations = ContactOperations(
            key: spec.externalID, campaignID: live.id, source: spec.location, builder: builder)
        if live.status == .closed {
            refuseChangesToClosed(patch: patch, diff: diff)
            contactOperations.add(ContactDiff.deletesOnly(diff), after: [])
            return
        }
        var after = patch.map { [builder.add($0)] } ?? []
        if live.status == .active, spec.status != .active {
            after = [builder.add(lifecycle(to: .paused, after: after))]
        }
        let contactOps = contactOperations.add(diff, after: after)
        switch spec.status {
        case .active where live.status != .active: builder.add(lifecycle(to: .active, after: after + contactOps))
        case .closed:
            var close = lifecycle(to: .closed, after: after + contactOps)
            close.pendingContacts = contacts.pending
            builder.add(close)
        default: break
        }
    }

    private var fingerprint: String { CampaignFingerprint.of(live) }

    /// A merge patch of name, priority, external_id (adoption) and configuration, when any differs.
    private func patchOperation() -> PlanOperation? {
        let current = CampaignState(live: live)
        let wanted = CampaignState(name: spec.name, priority: spec.priority, status: current.status)
        var patch = CampaignPatch()
        if current.name != wanted.name { patch.name = .value(wanted.name) }
        if current.priority != wanted.priority { patch.priority = .value(wanted.priority) }
        var changes = CampaignState.fields.differences(from: current, to: wanted).map(FieldChange.init)
        if live.externalId != spec.externalID {
            // An adopted campaign: the patch gives it the manifest's key as its external_id.
            patch.externalID = .value(spec.externalID)
            changes.append(.adoption(from: live.externalId, to: spec.externalID))
        }
        if configuration.liveID != live.configurationId {
            patch.configuration = spec.configuration
            // A configuration this plan creates has no UUID yet; the reviewer sees that instead.
            let after = configuration.liveID.map(JSONValue.string) ?? .string("(created by this plan)")
            changes.append(
                FieldChange(
                    field: "configuration_id", before: .string(live.configurationId), after: after, sensitive: false))
        }
        guard !patch.isEmpty else { return nil }
        changes.sort { $0.field < $1.field }
        let renamedFrom = spec.adoptID == nil ? "previous_external_ids" : "id"
        let sourceField = changes.first.map {
            ["configuration_id": "configuration", "external_id": renamedFrom][$0.field] ?? $0.field
        }
        // The patch addresses the campaign by UUID: an adopted one has no external_id until it lands.
        return PlanOperation(
            id: OperationID(.campaign, spec.externalID, .patch), step: .patchCampaign(patch),
            key: live.externalId ?? live.id, liveID: live.id,
            dependsOn: configuration.operationID.map { [$0] } ?? [], changes: changes,
            source: sourceField.flatMap { spec.fieldLocations[$0] } ?? spec.location, liveFingerprint: fingerprint)
    }

    private func lifecycle(to status: CampaignStatus, after: [OperationID]) -> PlanOperation {
        let step = PlanStep.lifecycle(to: status)
        let from = status == .closed ? "paused" : live.status.rawValue
        return PlanOperation(
            id: OperationID(.campaign, spec.externalID, step.action), step: step, key: spec.externalID,
            liveID: live.id, dependsOn: after,
            changes: [
                FieldChange(field: "status", before: .string(from), after: .string(status.rawValue), sensitive: false)
            ],
            source: spec.fieldLocations["status"] ?? spec.location, liveFingerprint: fingerprint)
    }

    /// A closed campaign takes no patch and no upsert. Adoption by id is the exception that is
    /// not refused: a closed campaign (or its contact) without an external_id can never be given
    /// one, so it stays matched by its UUID and that difference is no change.
    private func refuseChangesToClosed(patch: PlanOperation?, diff: ContactDiff) {
        let source = spec.fieldLocations["status"] ?? spec.location
        if spec.status != .closed {
            builder.fail(
                .closedCampaign,
                "campaign \(Snippet(spec.externalID)) is closed live and can never be \(spec.status == .active ? "started" : "paused") again",
                at: source, hint: "set status: closed, or use a new external_id for a new campaign")
        }
        if let fields = patch?.changes.map(\.field).filter({ $0 != "external_id" }), !fields.isEmpty {
            builder.fail(
                .closedCampaign,
                "campaign \(Snippet(spec.externalID)) is closed live and can't be changed (\(fields.joined(separator: ", ")))",
                at: patch?.source)
        }
        // Suppression's rewrites are dropped with the other updates: nobody is dialled from a
        // closed campaign.
        let updates = diff.updates.filter { $0.fields != ["external_id"] && $0.reason != .suppressed }
        if !diff.adds.isEmpty || !updates.isEmpty {
            builder.fail(
                .closedCampaign,
                "campaign \(Snippet(spec.externalID)) is closed live and can't be given contacts (\(diff.adds.count) to add, \(updates.count) to update)",
                at: spec.location)
        }
    }
}

extension ContactDiff {
    /// The same diff with only its deletes (contacts of a closed campaign can still be deleted).
    static func deletesOnly(_ diff: ContactDiff) -> ContactDiff {
        var copy = diff
        copy.adds = []
        copy.updates = []
        return copy
    }
}
