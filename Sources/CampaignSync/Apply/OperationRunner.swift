import AnyreachAPI
import AnyreachModel
import AnyreachClient
import Foundation

/// Performs one plan operation through the client.
struct OperationRunner: Sendable {
    let client: AnyreachClient
    let ids: ResolvedIDs
    let progress: ApplyProgress

    /// Notes about contacts the API refused or rewrote; thrown errors fail the operation.
    func run(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        switch (operation.resource, operation.action) {
        case (.configuration, .create): try await createConfiguration(operation)
        case (.configuration, .patch): _ = try await client.updateConfiguration(try liveID(operation), patch: operation.body ?? [:])
        case (.configuration, .delete): try await deleteConfiguration(operation)
        case (.campaign, .create): return try await createCampaign(operation)
        case (.campaign, .patch): _ = try await client.updateCampaign(operation.key, patch: try await withConfiguration(operation))
        case (.campaign, .start), (.campaign, .pause), (.campaign, .close): try await LifecycleCall(client: client).run(operation)
        case (.contacts, .upsertContacts): return try await upsert(operation)
        case (.contacts, .deleteContacts): return try await ContactDeletes(client: client, progress: progress).run(operation)
        case (.concurrency, .setConcurrency): _ = try await client.setConcurrencyLimit(try concurrencyLimit(operation))
        default: throw ApplyError("operation \(operation.id) (\(operation.action.rawValue) of \(operation.resource.rawValue)) is not one apply knows")
        }
        return []
    }

    private func liveID(_ operation: PlanOperation) throws -> String {
        guard let id = operation.liveID else { throw ApplyError("operation \(operation.id) names no live id") }
        return id
    }

    private func createConfiguration(_ operation: PlanOperation) async throws {
        let body = try Self.decode(Components.Schemas.ConfigurationCreate.self, from: operation.body)
        let created = try await client.createConfiguration(body)
        await ids.learn(configuration: operation.key, id: created.id)
    }

    private func deleteConfiguration(_ operation: PlanOperation) async throws {
        do {
            try await client.deleteConfiguration(try liveID(operation))
        } catch let error as APIClientError where error.status == 404 {
            return  // already gone: a delete whose answer was lost, or someone else's
        }
    }

    private func createCampaign(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        let body = try Self.decode(Components.Schemas.CampaignCreate.self, from: try await withConfiguration(operation))
        _ = try await client.createCampaign(body)
        await progress.advance(operation.contacts.count)
        return []
    }

    /// The body with `configuration_id` set from the configuration the operation names.
    private func withConfiguration(_ operation: PlanOperation) async throws -> JSONValue {
        guard case .object(var body)? = operation.body else { throw ApplyError("operation \(operation.id) has no body") }
        if let key = operation.configurationKey {
            guard let id = await ids.configurationID(key) else { throw ApplyError("configuration '\(key)' has no id: it is not live, and this run did not create it") }
            body["configuration_id"] = .string(id)
        }
        return .object(body)
    }

    private func upsert(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        let items = operation.contacts.compactMap(\.item)
        let response = try await client.upsertContacts(operation.contactsRoute, items: items)
        await progress.advance(items.count)
        return UpsertCheck(operation: operation, response: response).notes()
    }

    private func concurrencyLimit(_ operation: PlanOperation) throws -> Int {
        guard case .int(let limit)? = operation.body?.objectValue?["concurrency_limit"] else { throw ApplyError("operation \(operation.id) has no limit") }
        return Int(limit)
    }

    static func decode<T: Decodable>(_ type: T.Type, from body: JSONValue?) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: (body ?? .object([:])).compactData())
    }
}

/// A failure of apply itself (not of the API), said plainly.
struct ApplyError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
