public import AnyreachAPI
public import AnyreachModel

extension AnyreachClient {
    /// Upserts up to 1000 items, each with every managed field (`null` clears one, §4.2, §10).
    /// The body is written straight from the items (`RequestBodyWriter`), not through the
    /// generated types: this is the call a first apply makes a thousand times per million contacts.
    public func upsertContacts(_ campaign: String, items: [ContactUpsert]) async throws
        -> Components.Schemas.ContactUpsertResponse
    {
        let body = try RequestBodyWriter.upsertBody(items)
        return try await call(repeatable: items.allSatisfy(\.isRepeatable)) {
            try await post(
                "/campaign/campaigns/\(campaign.pathSegment)/contacts", json: body,
                operationID: Operations.UpsertContacts.id, answer: Components.Schemas.ContactUpsertResponse.self)
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
