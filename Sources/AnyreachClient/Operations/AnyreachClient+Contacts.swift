public import AnyreachAPI
public import AnyreachModel

extension AnyreachClient {
    /// Upserts up to 1000 items, each with every managed field (`null` clears one, §4.2, §10).
    public func upsertContacts(_ campaign: String, items: [ContactUpsert]) async throws
        -> Components.Schemas.ContactUpsertResponse
    {
        let body = Components.Schemas.ContactUpsertRequest(
            contacts: try items.map(Components.Schemas.ContactInput.init))
        return try await call(repeatable: items.allSatisfy(\.isRepeatable)) {
            try await generated.upsertContacts(path: .init(id: campaign), body: .json(body)).ok.body.json
        }
    }

    public func findContact(_ campaign: String, _ contact: String) async throws -> Contact? {
        do {
            return try await call {
                try await generated.getContact(path: .init(id: campaign, contactId: contact)).ok.body.json
            }
        } catch let error as APIClientError where error.status == 404 {
            return nil
        }
    }

    public func deleteContact(_ campaign: String, _ contact: String) async throws {
        try await deleting {
            _ = try await generated.deleteContact(path: .init(id: campaign, contactId: contact)).noContent
        }
    }
}
