import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignSync

/// Plan operations as apply performs them (`OperationRunner`): each one the API call it maps to,
/// refused exactly where the contract refuses it.
extension ContractModel {
    /// What a step did besides changing the model: contacts whose delete was deferred.
    struct StepNotes {
        var deferredContacts: [String] = []
    }

    @discardableResult
    mutating func execute(_ operation: PlanOperation) throws(Refusal) -> StepNotes {
        switch (operation.resource, operation.action) {
        case (.configuration, .create): try createConfiguration(operation)
        case (.configuration, .patch): try patchConfiguration(operation)
        case (.configuration, .delete): try deleteConfiguration(operation)
        case (.campaign, .create): try createCampaign(operation)
        case (.campaign, .patch): try patchCampaign(operation)
        case (.campaign, .start), (.campaign, .pause), (.campaign, .close): try lifecycle(operation)
        case (.contacts, .upsertContacts):
            let items = operation.contacts.compactMap { $0.item?.json }
            try refuseClosed(operation.key)
            setContacts(
                try upserting(items, into: try contacts(of: operation.key), limit: Contract.upsertBatch),
                of: operation.key)
        case (.contacts, .deleteContacts): return try deleteContacts(operation)
        case (.concurrency, .setConcurrency): try setConcurrency(operation)
        default:
            throw Refusal(
                status: 0, description: "apply knows no \(operation.action.rawValue) of \(operation.resource.rawValue)")
        }
        return StepNotes()
    }

    private func body(_ operation: PlanOperation) throws(Refusal) -> [String: JSONValue] {
        guard let body = operation.body?.objectValue else {
            throw Refusal(status: 0, description: "\(operation.id) has no body")
        }
        return body
    }

    private mutating func createConfiguration(_ operation: PlanOperation) throws(Refusal) {
        let body = try body(operation)
        let externalID = body["external_id"]?.stringValue
        if let externalID, configuration(externalID: externalID) != nil {
            throw Refusal(status: 409, description: "configuration \(externalID) exists")
        }
        configurations.append(
            StoredConfiguration(id: newID(), externalID: externalID, fields: try Self.createdConfiguration(body)))
    }

    private mutating func patchConfiguration(_ operation: PlanOperation) throws(Refusal) {
        guard let index = configurations.firstIndex(where: { $0.id == operation.liveID }) else {
            throw Refusal(status: 404, description: "no configuration \(operation.liveID ?? "nil")")
        }
        let merged = Self.merge(
            .object(configurations[index].fields), .object(try body(operation)),
            defaults: .object(Live.configurationDefaults))
        configurations[index].fields = merged?.objectValue ?? [:]
    }

    /// 409 while any campaign references it, whatever its status (§6.2); gone already is fine
    /// (apply treats 404 as done).
    private mutating func deleteConfiguration(_ operation: PlanOperation) throws(Refusal) {
        guard let index = configurations.firstIndex(where: { $0.id == operation.liveID }) else { return }
        if let user = campaigns.first(where: { $0.configurationID == operation.liveID }) {
            throw Refusal(
                status: 409,
                description: "configuration \(operation.key) is used by campaign \(user.externalID ?? user.id)")
        }
        configurations.remove(at: index)
    }

    /// The configuration id apply puts in: resolved from `configuration_key` when set.
    private func configurationID(_ operation: PlanOperation, _ body: [String: JSONValue]) throws(Refusal) -> String? {
        guard let key = operation.configurationKey else { return body["configuration_id"]?.stringValue }
        guard let found = configuration(externalID: key) else {
            throw Refusal(status: 0, description: "configuration '\(key)' has no id")
        }
        return found.id
    }

    private mutating func createCampaign(_ operation: PlanOperation) throws(Refusal) {
        let body = try body(operation)
        guard body["status"] == nil else { throw Refusal(status: 422, description: "status in a campaign create") }
        guard let configurationID = try configurationID(operation, body),
            configurations.contains(where: { $0.id == configurationID })
        else {
            throw Refusal(status: 422, description: "unknown configuration")
        }
        let externalID = body["external_id"]?.stringValue
        if let externalID, campaign(externalID: externalID) != nil {
            throw Refusal(status: 409, description: "campaign \(externalID) exists")
        }
        var campaign = StoredCampaign(
            id: newID(), externalID: externalID, name: body["name"]?.stringValue ?? "",
            configurationID: configurationID,
            status: .active, priority: Self.priority(body["priority"]))
        if case .array(let items)? = body["contacts"] {
            campaign.contacts = try upserting(items, into: [], limit: 0...Contract.maxInlineContacts)
        }
        campaigns.append(campaign)
    }

    private static func priority(_ value: JSONValue?) -> Int {
        if case .int(let number)? = value { return Int(number) }
        return Contract.defaultPriority
    }

    private mutating func patchCampaign(_ operation: PlanOperation) throws(Refusal) {
        let body = try body(operation)
        guard let index = campaignIndex(operation.key) else {
            throw Refusal(status: 404, description: "no campaign \(operation.key)")
        }
        guard body["status"] == nil else { throw Refusal(status: 422, description: "status in a PATCH") }
        try refuseClosed(operation.key)
        if let name = body["name"] {
            guard let text = name.stringValue else { throw Refusal(status: 422, description: "name null in a PATCH") }
            campaigns[index].name = text
        }
        if body["priority"] != nil { campaigns[index].priority = Self.priority(body["priority"]) }
        if let id = try configurationID(operation, body) {
            guard configurations.contains(where: { $0.id == id }) else {
                throw Refusal(status: 422, description: "unknown configuration")
            }
            campaigns[index].configurationID = id
        }
        if case .array(let items)? = body["contacts"] {
            campaigns[index].contacts = try upserting(
                items, into: campaigns[index].contacts, limit: 1...Contract.maxInlineContacts)
        }
    }

    /// 400 for a closed campaign (PATCH and upserts, §3.2 and §4.2).
    private func refuseClosed(_ reference: String) throws(Refusal) {
        guard reference != Contract.adHocCampaignID, let index = campaignIndex(reference) else { return }
        if campaigns[index].status == .closed {
            throw Refusal(status: 400, description: "campaign \(reference) is closed")
        }
    }

    /// Start unless closed; pause only when active; close unless closed (§3.2).
    private mutating func lifecycle(_ operation: PlanOperation) throws(Refusal) {
        guard let index = campaignIndex(operation.key) else {
            throw Refusal(status: 404, description: "no campaign \(operation.key)")
        }
        let status = campaigns[index].status
        switch operation.action {
        case .start where status != .closed: campaigns[index].status = .active
        case .pause where status == .active: campaigns[index].status = .paused
        case .close where status != .closed: campaigns[index].status = .closed
        default:
            throw Refusal(
                status: 400,
                description: "\(operation.action.rawValue) of a \(status.rawValue) campaign \(operation.key)")
        }
    }

    /// One DELETE per contact: 409 (a call under way) is deferred, not failed, as apply does; a
    /// contact already gone is done.
    private mutating func deleteContacts(_ operation: PlanOperation) throws(Refusal) -> StepNotes {
        var notes = StepNotes()
        var contacts = try contacts(of: operation.key)
        for change in operation.contacts {
            guard change.kind == .delete, let index = contacts.firstIndex(where: { $0.id == change.liveID }) else {
                if change.kind == .deferredDelete {
                    notes.deferredContacts.append(change.externalID ?? change.liveID ?? "?")
                }
                continue
            }
            if contacts[index].status == .locked || contacts[index].status == .inProgress {
                notes.deferredContacts.append(change.externalID ?? change.liveID ?? "?")
                continue
            }
            contacts.remove(at: index)
        }
        setContacts(contacts, of: operation.key)
        return notes
    }

    private mutating func setConcurrency(_ operation: PlanOperation) throws(Refusal) {
        guard case .int(let limit)? = try body(operation)["concurrency_limit"],
            Contract.concurrencyLimits.contains(Int(limit))
        else {
            throw Refusal(status: 422, description: "bad concurrency_limit")
        }
        concurrencyLimit = Int(limit)
    }
}
