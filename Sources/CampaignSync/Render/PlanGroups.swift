import CampaignManifest

/// A plan's operations grouped by the resource they concern, in plan order, so that a campaign's
/// create, lifecycle calls and contacts read together.
struct PlanGroups {
    struct Group {
        var key: String
        var operations: [PlanOperation] = []
        var contacts: [ContactChange] = []
        var contactSource: SourceLocation?

        var contactCounts: String {
            let count = { (kind: ContactChange.Kind) in contacts.filter { $0.kind == kind }.count }
            var parts = ["+\(count(.add)) to add", "~\(count(.update)) to update", "-\(count(.delete)) to delete"]
            if count(.deferredDelete) > 0 { parts.append("\(count(.deferredDelete)) deferred") }
            return parts.joined(separator: ", ")
        }
    }

    var groups: [Group] = []

    init(_ plan: Plan) {
        var indexByKey: [String: Int] = [:]
        for operation in plan.operations {
            let key =
                "\(operation.resource == .contacts ? ResourceKind.campaign.rawValue : operation.resource.rawValue)/\(operation.key)"
            let index =
                indexByKey[key]
                ?? {
                    groups.append(Group(key: operation.key))
                    indexByKey[key] = groups.count - 1
                    return groups.count - 1
                }()
            groups[index].operations.append(operation)
            groups[index].contacts += operation.contacts
            if !operation.contacts.isEmpty {
                groups[index].contactSource = groups[index].contactSource ?? operation.source
            }
        }
    }
}
