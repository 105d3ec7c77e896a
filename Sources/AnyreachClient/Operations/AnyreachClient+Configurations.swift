public import AnyreachAPI
public import AnyreachModel

extension AnyreachClient {
    /// Every configuration (the route is unpaginated).
    public func listConfigurations() async throws -> [Configuration] {
        try await call { try await generated.listConfigurations().ok.body.json.configurations }
    }

    /// A merge patch of a configuration: the parts it holds are replaced whole (their unset fields
    /// sent as `null`), the others left alone.
    public func updateConfiguration(_ id: String, patch: ConfigurationPatch) async throws -> Configuration {
        let body = try Components.Schemas.ConfigurationPatch(patch)
        return try await call {
            try await generated.updateConfiguration(path: .init(configId: id), body: .json(body)).ok.body.json
        }
    }

    public func deleteConfiguration(_ id: String) async throws {
        try await deleting { _ = try await generated.deleteConfiguration(path: .init(configId: id)).noContent }
    }

    public func concurrencySettings() async throws -> Components.Schemas.ConcurrencySettings {
        try await call { try await generated.getConcurrencySettings().ok.body.json }
    }

    public func setConcurrencyLimit(_ limit: Int) async throws -> Components.Schemas.ConcurrencySettings {
        try await call {
            try await generated.updateConcurrencySettings(body: .json(.init(concurrencyLimit: limit))).ok.body.json
        }
    }

    public func timezones() async throws -> [String] {
        try await call { try await generated.listTimezones().ok.body.json.timezones }
    }
}
