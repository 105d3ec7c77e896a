import AnyreachAPI
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import AnyreachClient

@Suite struct ClientSmokeTests {
    @Test func readsAnEmptyOrgFromTheEmulator() async throws {
        let emulator = try await RunningEmulator.start(EmulatorConfiguration())
        let client = AnyreachClient(
            settings: ConnectionSettings(
                baseURL: URL(string: emulator.baseURL)!, token: SecretToken(CredentialStore.localToken)))
        let snapshot = try await client.readOrg(contactsOf: [], includeAdHoc: true)
        #expect(snapshot.campaigns.isEmpty)
        #expect(snapshot.concurrency.concurrencyLimit == 10)
        #expect(snapshot.contacts["default"]?.kept == [])
        await client.shutdown()
        await emulator.stop()
    }
}
