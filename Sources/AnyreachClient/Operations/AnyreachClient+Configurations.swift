public import AnyreachAPI
public import AnyreachModel

extension AnyreachClient {
    /// Every configuration (the route is unpaginated).
    public func listConfigurations() async throws -> [Configuration] {
        try await call { try await generated.listConfigurations().ok.body.json.configurations }
    }

    /// A JSON merge patch of a configuration: objects merge, arrays replace, null restores a default.
    public func updateConfiguration(_ id: String, patch: JSONValue) async throws -> Configuration {
        try await call(sending: patch) { try await generated.updateConfiguration(path: .init(configId: id), body: .json(.init())).ok.body.json }
    }

    public func deleteConfiguration(_ id: String) async throws {
        try await deleting { _ = try await generated.deleteConfiguration(path: .init(configId: id)).noContent }
    }

    public func concurrencySettings() async throws -> Components.Schemas.ConcurrencySettings {
        try await call { try await generated.getConcurrencySettings().ok.body.json }
    }

    public func setConcurrencyLimit(_ limit: Int) async throws -> Components.Schemas.ConcurrencySettings {
        try await call { try await generated.updateConcurrencySettings(body: .json(.init(concurrencyLimit: limit))).ok.body.json }
    }

    public func timezones() async throws -> [String] {
        try await call { try await generated.listTimezones().ok.body.json.timezones }
    }
}
