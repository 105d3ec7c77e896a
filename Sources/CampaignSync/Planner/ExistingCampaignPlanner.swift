import AnyreachAPI
import AnyreachModel
import AnyreachClient
import CampaignManifest

/// A campaign that exists live: patch its fields, move its status, reconcile its contacts.
///
/// Order: patch, then pause (before any contact arrives), then contacts, then start or close.
/// A campaign closed live can't change at all but for contact deletes: the plan fails instead.
struct ExistingCampaignPlanner {
    let spec: CampaignSpec
    let live: Campaign
    let contacts: [Contact]
    let configuration: ConfigurationIndex.Entry
    let builder: PlanBuilder

    var prefix: String { "campaign/\(spec.externalID)" }

    func plan() {
        let diff = ContactDiff(desired: spec.contacts, live: contacts, prune: spec.pruneContacts)
        diff.reportUnmanaged(to: builder, key: spec.externalID)
        let patch = patchOperation()
        if live.status == .closed {
            refuseChangesToClosed(patch: patch, diff: diff)
            ContactOperations(key: spec.externalID, campaignID: live.id, source: spec.location, builder: builder).add(ContactDiff.deletesOnly(diff), after: [])
            return
        }
        var after = patch.map { [builder.add($0)] } ?? []
        if live.status == .active, spec.status != .active {
            after = [builder.add(lifecycle(.pause, from: "active", after: after))]
        }
        let contactOps = ContactOperations(key: spec.externalID, campaignID: live.id, source: spec.location, builder: builder).add(diff, after: after)
        switch spec.status {
        case .active where live.status != .active: builder.add(lifecycle(.start, from: live.status.rawValue, after: after + contactOps))
        case .closed: builder.add(lifecycle(.close, from: "paused", after: after + contactOps))
        default: break
        }
    }

    private var fingerprint: String { Fingerprint.of(.object(LiveCanonical.campaign(live))) }

    /// A merge patch of name, configuration and priority, when any differs.
    private func patchOperation() -> PlanOperation? {
        var current = LiveCanonical.campaign(live)
        var wanted: [String: JSONValue] = ["name": .string(spec.name), "priority": .int(Int64(spec.priority))]
        if live.externalId != spec.externalID {
            // An adopted campaign: the patch gives it the manifest's key as its external_id.
            current["external_id"] = live.externalId.map(JSONValue.string) ?? .null
            wanted["external_id"] = .string(spec.externalID)
        }
        wanted["configuration_id"] = configuration.liveID.map(JSONValue.string) ?? .string("(created by this plan)")
        let changed = wanted.filter { current[$0.key] != $0.value }
        guard !changed.isEmpty else { return nil }
        let sourceField = changed.keys.sorted().first.map { $0 == "configuration_id" ? "configuration" : $0 == "external_id" ? "id" : $0 }
        // The patch addresses the campaign by UUID: an adopted one has no external_id until it lands.
        return PlanOperation(id: "\(prefix)/patch", action: .patch, resource: .campaign, key: live.externalId ?? live.id, liveID: live.id,
                             dependsOn: configuration.operationID.map { [$0] } ?? [],
                             changes: FieldDiff.changes(from: current, to: changed), body: .object(changed.filter { $0.key != "configuration_id" }),
                             configurationKey: changed["configuration_id"] != nil ? spec.configuration : nil,
                             source: sourceField.flatMap { spec.fieldLocations[$0] } ?? spec.location, liveFingerprint: fingerprint)
    }

    private func lifecycle(_ action: PlanAction, from status: String, after: [String]) -> PlanOperation {
        let target = ["start": "active", "pause": "paused", "close": "closed"][action.rawValue]!
        return PlanOperation(id: "\(prefix)/\(action.rawValue)", action: action, resource: .campaign, key: spec.externalID, liveID: live.id,
                             dependsOn: after, changes: [FieldChange(field: "status", before: .string(status), after: .string(target), sensitive: false)],
                             source: spec.fieldLocations["status"] ?? spec.location, liveFingerprint: fingerprint)
    }

    /// A closed campaign takes no patch and no upsert. Adoption by id is the exception that is
    /// not refused: a closed campaign (or its contact) without an external_id can never be given
    /// one, so it stays matched by its UUID and that difference is no change.
    private func refuseChangesToClosed(patch: PlanOperation?, diff: ContactDiff) {
        let source = spec.fieldLocations["status"] ?? spec.location
        if spec.status != .closed {
            builder.fail("campaign '\(spec.externalID)' is closed live and can never be \(spec.status == .active ? "started" : "paused") again; set status: closed, or use a new external_id for a new campaign", at: source)
        }
        if let fields = patch?.changes.map(\.field).filter({ $0 != "external_id" }), !fields.isEmpty {
            builder.fail("campaign '\(spec.externalID)' is closed live and can't be changed (\(fields.joined(separator: ", ")))", at: patch?.source)
        }
        let updates = diff.updates.filter { $0.fields != ["external_id"] }
        if !diff.adds.isEmpty || !updates.isEmpty {
            builder.fail("campaign '\(spec.externalID)' is closed live and can't be given contacts (\(diff.adds.count) to add, \(updates.count) to update)", at: spec.location)
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
