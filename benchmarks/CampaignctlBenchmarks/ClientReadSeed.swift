import AnyreachAPI
import AnyreachClient
import AnyreachEmulator
import Foundation

/// The client-read benchmark's org, created through the client against an in-process emulator
/// without latency: `camp-0`, `camp-1`, … under one configuration, each with its contacts
/// `c<campaign>-0`, `c<campaign>-1`, … inline.
struct ClientReadSeed {
    let size: OrgSize

    func org(database: String) async throws {
        let emulator = try await RunningEmulator.start(EmulatorConfiguration(storage: .file(path: database)))
        let token = SecretToken(CredentialStore.localToken)
        let settings = ConnectionSettings(
            baseURL: URL(string: emulator.baseURL)!, token: token, parallelism: 4,
            retry: RetryPolicy())
        let client = AnyreachClient(settings: settings)
        do {
            try await create(client)
        } catch {
            await client.shutdown()
            await emulator.stop()
            throw error
        }
        await client.shutdown()
        await emulator.stop()
    }

    private func create(_ client: AnyreachClient) async throws {
        let configuration = try await client.createConfiguration(
            .init(name: "Config cfg-seed", externalId: "cfg-seed", agent: .init(agentId: "agent-1")))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<size.campaigns {
                let body = Components.Schemas.CampaignCreate(
                    name: "Campaign camp-\(index)", configurationId: configuration.id, externalId: "camp-\(index)",
                    contacts: contacts("c\(index)"))
                group.addTask { _ = try await client.createCampaign(body) }
            }
            try await group.waitForAll()
        }
    }

    private func contacts(_ prefix: String) -> [Components.Schemas.ContactInput] {
        (0..<size.contacts).map { .init(externalId: "\(prefix)-\($0)", phoneNumbers: [phone($0)]) }
    }

    /// A valid US number, different for each `index` below ten million.
    private func phone(_ index: Int) -> String {
        "+1415" + String(repeating: "0", count: 7 - String(index).count) + String(index)
    }
}
