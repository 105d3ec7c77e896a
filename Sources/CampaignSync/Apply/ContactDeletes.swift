import AnyreachAPI
import AnyreachClient
import AnyreachModel

/// Deletes contacts one request each, concurrently within the client's limit. A contact already
/// gone counts as deleted; one that went mid-call (409) is deferred, not failed.
struct ContactDeletes {
    let client: AnyreachClient
    let progress: ApplyProgress

    func run(_ operation: PlanOperation) async throws -> [ApplyReport.ContactNote] {
        let targets = operation.contacts.filter { $0.kind == .delete }
        var notes = operation.contacts.filter { $0.kind == .deferredDelete }.map {
            note(
                operation, $0, "deferred: a call was under way when the plan was made; a later run deletes it",
                isFailure: false)
        }
        notes += try await withThrowingTaskGroup(of: ApplyReport.ContactNote?.self) { group in
            for change in targets { group.addTask { try await delete(operation, change) } }
            var found: [ApplyReport.ContactNote] = []
            for try await note in group { if let note { found.append(note) } }
            return found
        }
        return notes
    }

    private func delete(_ operation: PlanOperation, _ change: ContactChange) async throws -> ApplyReport.ContactNote? {
        guard let id = change.liveID else { return nil }
        defer { Task { await progress.advance(1) } }
        do {
            try await client.deleteContact(operation.contactsRoute, id)
            return nil
        } catch let error as APIClientError where error.status == 404 {
            return nil
        } catch let error as APIClientError where error.status == 409 {
            return note(operation, change, "deferred: \(error.detail.joined(separator: "; "))", isFailure: false)
        }
    }

    private func note(_ operation: PlanOperation, _ change: ContactChange, _ message: String, isFailure: Bool)
        -> ApplyReport.ContactNote
    {
        ApplyReport.ContactNote(
            campaign: operation.key, externalID: change.externalID ?? change.liveID, message: message,
            source: change.source ?? operation.source, isFailure: isFailure)
    }
}
