import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import Foundation
import Logging

@testable import AnyreachClient

/// Emulators and clients for one test, each shut down on every path.
enum TestRig {
    /// Short waits so that tests with many retries stay fast; generous attempts so that a 30%
    /// fault rate can't plausibly exhaust them (0.3^12 per request).
    static let quickRetry = RetryPolicy(
        maxAttempts: 12, baseDelay: .milliseconds(2), maxDelay: .milliseconds(40), totalBudget: .seconds(20))

    /// Runs `body` against an emulator started with `configuration`, stopping it afterwards.
    @discardableResult
    static func withEmulator<T>(
        _ configuration: EmulatorConfiguration = EmulatorConfiguration(),
        _ body: (RunningEmulator) async throws -> T
    ) async throws -> T {
        let emulator = try await RunningEmulator.start(configuration)
        do {
            let result = try await body(emulator)
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Settings pointing at `emulator`, with the local all-scope credential unless told otherwise.
    static func settings(
        _ emulator: RunningEmulator, token: String = CredentialStore.localToken, org: String? = nil,
        parallelism: Int = 8, retry: RetryPolicy = quickRetry
    ) -> ConnectionSettings {
        ConnectionSettings(
            baseURL: URL(string: emulator.baseURL)!, token: SecretToken(token), org: org,
            connectTimeout: .seconds(2), requestTimeout: .seconds(20), parallelism: parallelism, retry: retry)
    }

    /// Runs `body` with a client over `settings`, shutting the client down afterwards.
    @discardableResult
    static func withClient<T>(
        _ settings: ConnectionSettings, logger: Logger = Logger(label: "test.client"),
        _ body: (AnyreachClient) async throws -> T
    ) async throws -> T {
        let client = AnyreachClient(settings: settings, logger: logger)
        do {
            let result = try await body(client)
            await client.shutdown()
            return result
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// A fresh SQLite path in the temporary directory, so that several emulators can share state.
    static func temporaryDatabase(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("campaignctl-\(name)-\(UUID().uuidString).sqlite")
            .path
    }

    /// Removes the database and SQLite's side files.
    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// Request bodies for seeding an org.
enum Seed {
    static func configuration(_ externalID: String) -> Components.Schemas.ConfigurationCreate {
        .init(name: "Config \(externalID)", externalId: externalID, agent: .init(agentId: "agent-1"))
    }

    static func campaign(
        _ externalID: String, configuration: String, contacts: [Components.Schemas.ContactInput]? = nil
    ) -> Components.Schemas.CampaignCreate {
        .init(
            name: "Campaign \(externalID)", configurationId: configuration, externalId: externalID, contacts: contacts)
    }

    /// A valid US number, different for each `index` below ten million.
    static func phone(_ index: Int) -> String {
        "+1415" + String(repeating: "0", count: 7 - String(index).count) + String(index)
    }

    /// `count` contacts with external_ids `prefix-0`, `prefix-1`, ...
    static func contacts(_ prefix: String, count: Int, from start: Int = 0) -> [Components.Schemas.ContactInput] {
        (start..<start + count).map { .init(externalId: "\(prefix)-\($0)", phoneNumbers: [phone($0)]) }
    }

    /// The same contacts as upsert items.
    static func contactItems(_ prefix: String, count: Int, from start: Int = 0) -> [ContactUpsert] {
        (start..<start + count).map { item("\(prefix)-\($0)", [phone($0)]) }
    }

    static func item(_ externalID: String?, _ phones: [String]) -> ContactUpsert {
        ContactUpsert(externalID: externalID, state: ContactState(phoneNumbers: phones))
    }

    /// An org of `campaigns` campaigns (external_ids `camp-0`, ...) of `contactsEach` contacts,
    /// all under one configuration `cfg-seed`; returns the campaigns.
    @discardableResult
    static func org(_ client: AnyreachClient, campaigns: Int, contactsEach: Int) async throws -> [Campaign] {
        let configuration = try await client.createConfiguration(configuration("cfg-seed"))
        return try await withThrowingTaskGroup(of: Campaign.self) { group in
            for index in 0..<campaigns {
                group.addTask {
                    try await client.createCampaign(
                        campaign(
                            "camp-\(index)", configuration: configuration.id,
                            contacts: contacts("c\(index)", count: contactsEach)))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }
}

extension EmulatorMetrics {
    /// Requests answered with `status`, over all routes (0: answers dropped by the lost-write fault).
    func total(status: Int) -> Int {
        counts().filter { $0.key.status == status }.values.reduce(0, +)
    }

    /// Requests to `method route` with any status.
    func total(_ method: String, _ route: String) -> Int {
        counts().filter { $0.key.method == method && $0.key.route == route }.values.reduce(0, +)
    }
}

extension CampaignPatch {
    /// A patch of the fields given, the others left absent.
    static func setting(name: String? = nil, priority: Int? = nil) -> CampaignPatch {
        var patch = CampaignPatch()
        if let name { patch.name = .value(name) }
        if let priority { patch.priority = .value(priority) }
        return patch
    }
}
