import AnyreachAPI
import AnyreachModel
import CampaignManifest

/// Reads drift off a plan computed with pruning on: each operation says how the org departs from
/// the manifests. Contact `status` and attempts are never drift (the dialer moves them).
public enum DriftClassifier {
    public static func report(for plan: Plan) -> DriftReport {
        let created = Set(plan.operations.filter { $0.action == .create }.map(\.key))
        let managed = Set(plan.scope.campaigns)
        var items: [DriftReport.Item] = []
        for operation in plan.operations {
            items += classify(operation, createdCampaigns: created, managedCampaigns: managed)
        }
        items += plan.unmanaged.map {
            .init(
                driftClass: .unmanaged, resource: $0.resource, key: $0.key, changes: [], detail: $0.detail, source: nil)
        }
        return DriftReport(scope: plan.scope, items: items)
    }

    private static func classify(
        _ operation: PlanOperation, createdCampaigns: Set<String>, managedCampaigns: Set<String>
    ) -> [DriftReport.Item] {
        func item(_ driftClass: DriftReport.Class, detail: String? = nil) -> DriftReport.Item {
            .init(
                driftClass: driftClass, resource: operation.resource, key: operation.key, changes: operation.changes,
                detail: detail, source: operation.source)
        }
        switch operation.step {
        case .createConfiguration:
            return [item(.missing, detail: "not in the org")]
        case .createCampaign:
            return [item(.missing, detail: "not in the org (its contacts are missing too)")]
        case .patchConfiguration, .setConcurrency:
            return [item(.changed)]
        case .patchCampaign, .startCampaign, .pauseCampaign:
            // A campaign created by this plan has no live state to drift from.
            return operation.liveID == nil ? [] : [item(.changed)]
        case .closeCampaign:
            guard operation.liveID != nil else { return [] }
            return [managedCampaigns.contains(operation.key) ? item(.changed) : onlyLive(operation)]
        case .deleteConfiguration:
            return [onlyLive(operation)]
        case .upsertContacts, .deleteContacts:
            guard !createdCampaigns.contains(operation.key) || operation.key == "default" else { return [] }
            return operation.contacts.map { contactItem($0, operation) }
        }
    }

    /// A resource only the org has. The operation that prunes it (a close or a delete) is how
    /// drift found it, not something the manifests ask for, so its changes are not shown.
    private static func onlyLive(_ operation: PlanOperation) -> DriftReport.Item {
        let status = operation.changes.first { $0.field == "status" }?.before?.stringValue
        return .init(
            driftClass: .unmanaged, resource: operation.resource, key: operation.key, changes: [],
            detail: "exists only in the org" + (status.map { " (\($0))" } ?? ""), source: nil)
    }

    private static func contactItem(_ change: ContactChange, _ operation: PlanOperation) -> DriftReport.Item {
        let key = "\(operation.key)/\(change.externalID ?? change.liveID ?? "?")"
        let driftClass: DriftReport.Class =
            switch change.kind {
            case .add: .missing
            case .update: .changed
            case .delete, .deferredDelete: .unmanaged
            }
        let fields = change.fields.map { field in
            FieldChange(
                field: field, before: change.before?.objectValue?[field], after: change.item?.json.objectValue?[field],
                sensitive: ContactState.sensitivePaths.contains(field))
        }
        return .init(
            driftClass: driftClass, resource: .contacts, key: key, changes: fields, detail: nil, source: change.source)
    }
}
