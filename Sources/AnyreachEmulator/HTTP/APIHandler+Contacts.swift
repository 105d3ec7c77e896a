import AnyreachAPI
import AnyreachModel
import OpenAPIRuntime

extension APIHandler {
    func listContacts(_ input: Operations.ListContacts.Input) async throws -> Operations.ListContacts.Output {
        let query = input.query
        let offset = query.offset ?? 0
        guard offset >= 0 else {
            throw APIError.invalid(
                [.key("query"), .key("offset")], "offset must be 0 or more (got \(offset))",
                type: "value_error.number.range")
        }
        let page = try await store.listContacts(
            org: org, campaign: input.path.id, limit: Self.pageLimit(query.limit),
            offset: offset, statuses: (query.status ?? []).map(\.rawValue))
        var contacts: [Components.Schemas.Contact] = []
        if let rendered = RequestScope.renderedBody {
            // The same body, written without `JSONEncoder` (`ContactPageJSON.swift`).
            rendered.set(try page.json())
        } else {
            contacts = try page.contacts.map { try $0.wire() }
        }
        return .ok(
            .init(body: .json(.init(contacts: contacts, total: page.total, limit: page.limit, offset: page.offset))))
    }

    func upsertContacts(_ input: Operations.UpsertContacts.Input) async throws -> Operations.UpsertContacts.Output {
        let outcome = try await store.upsertContacts(org: org, campaign: input.path.id, body: rawBody())
        return .ok(.init(body: .json(outcome.wire)))
    }

    func getContact(_ input: Operations.GetContact.Input) async throws -> Operations.GetContact.Output {
        let contact = try await store.contact(org: org, campaign: input.path.id, contact: input.path.contactId)
        return .ok(.init(body: .json(try contact.wire())))
    }

    func deleteContact(_ input: Operations.DeleteContact.Input) async throws -> Operations.DeleteContact.Output {
        try await store.deleteContact(org: org, campaign: input.path.id, contact: input.path.contactId)
        return .noContent(.init())
    }
}

extension APIHandler {
    func listConfigurations(_ input: Operations.ListConfigurations.Input) async throws
        -> Operations.ListConfigurations.Output
    {
        .ok(.init(body: .json(.init(configurations: try await store.listConfigurations(org: org).map(\.wire)))))
    }

    func createConfiguration(_ input: Operations.CreateConfiguration.Input) async throws
        -> Operations.CreateConfiguration.Output
    {
        .ok(.init(body: .json(try await store.createConfiguration(org: org, body: rawBody()).wire)))
    }

    func getConfiguration(_ input: Operations.GetConfiguration.Input) async throws -> Operations.GetConfiguration.Output
    {
        .ok(.init(body: .json(try await store.configuration(org: org, id: input.path.configId).wire)))
    }

    func updateConfiguration(_ input: Operations.UpdateConfiguration.Input) async throws
        -> Operations.UpdateConfiguration.Output
    {
        .ok(
            .init(
                body: .json(
                    try await store.patchConfiguration(org: org, id: input.path.configId, patch: rawBody()).wire)))
    }

    func deleteConfiguration(_ input: Operations.DeleteConfiguration.Input) async throws
        -> Operations.DeleteConfiguration.Output
    {
        try await store.deleteConfiguration(org: org, id: input.path.configId)
        return .noContent(.init())
    }

    func listTimezones(_ input: Operations.ListTimezones.Input) async throws -> Operations.ListTimezones.Output {
        .ok(.init(body: .json(.init(timezones: store.timezoneIdentifiers()))))
    }

    func getConcurrencySettings(_ input: Operations.GetConcurrencySettings.Input) async throws
        -> Operations.GetConcurrencySettings.Output
    {
        let settings = try await store.concurrency(org: org)
        return .ok(.init(body: .json(.init(concurrencyLimit: settings.limit, activeCalls: settings.activeCalls))))
    }

    func updateConcurrencySettings(_ input: Operations.UpdateConcurrencySettings.Input) async throws
        -> Operations.UpdateConcurrencySettings.Output
    {
        let settings = try await store.setConcurrency(org: org, body: rawBody())
        return .ok(.init(body: .json(.init(concurrencyLimit: settings.limit, activeCalls: settings.activeCalls))))
    }
}
