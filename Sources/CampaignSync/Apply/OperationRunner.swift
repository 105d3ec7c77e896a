import AnyreachAPI
import AnyreachClient
import AnyreachModel
import Foundation

/// Performs one plan operation through the client.
struct OperationRunner: Sendable {
    let client: AnyreachClient
    let ids: ResolvedIDs
    let progress: ApplyProgress

    /// Notes about contacts the API refused or rewrote; thrown errors fail the operation.
    func run(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        switch operation.step {
        case .createConfiguration(let state):
            let created = try await client.createConfiguration(externalID: operation.key, state: state)
            await ids.learn(configuration: operation.key, id: created.id)
        case .patchConfiguration(let patch):
            _ = try await client.updateConfiguration(try liveID(operation), patch: patch)
        case .deleteConfiguration: try await deleteConfiguration(operation)
        case .createCampaign(let create): try await createCampaign(create, operation)
        case .patchCampaign(let patch):
            let configurationID = try await patch.configuration.asyncMap(configurationID)
            _ = try await client.updateCampaign(operation.key, patch: patch, configurationID: configurationID)
        case .startCampaign, .pauseCampaign, .closeCampaign: try await LifecycleCall(client: client).run(operation)
        case .upsertContacts: return try await upsert(operation)
        case .deleteContacts: return try await ContactDeletes(client: client, progress: progress).run(operation)
        case .setConcurrency(let limit): _ = try await client.setConcurrencyLimit(limit)
        }
        return []
    }

    private func liveID(_ operation: PlanOperation) throws -> String {
        guard let id = operation.liveID else { throw ApplyError("operation \(operation.id) names no live id") }
        return id
    }

    private func deleteConfiguration(_ operation: PlanOperation) async throws {
        do {
            try await client.deleteConfiguration(try liveID(operation))
        } catch let error as APIClientError where error.status == 404 {
            return  // already gone: a delete whose answer was lost, or someone else's
        }
    }

    private func createCampaign(_ create: CampaignCreate, _ operation: PlanOperation) async throws {
        let configurationID = try await configurationID(create.configuration)
        let items = operation.items
        _ = try await client.createCampaign(create, configurationID: configurationID, items: items)
        await progress.advance(items.count)
    }

    /// The UUID of a configuration named by key: live at planning time, or created by this run.
    private func configurationID(_ key: String) async throws -> String {
        guard let id = await ids.configurationID(key) else {
            throw ApplyError("configuration '\(key)' has no id: it is not live, and this run did not create it")
        }
        return id
    }

    private func upsert(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        let items = operation.items
        let response = try await client.upsertContacts(operation.contactsRoute, items: items)
        await progress.advance(items.count)
        return UpsertCheck(operation: operation, response: response).notes()
    }
}

extension Optional {
    /// The wrapped value transformed by an async function, or nil.
    func asyncMap<Result>(_ transform: (Wrapped) async throws -> Result) async rethrows -> Result? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

/// A failure of apply itself (not of the API), said plainly.
struct ApplyError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
