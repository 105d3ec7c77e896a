import AnyreachAPI
import AnyreachModel
import Testing

@testable import AnyreachEmulator

@Suite struct SmokeTests {
    @Test func createsAndReadsACampaignOverHTTP() async throws {
        try await EmulatorHarness.with { api in
            let config = try await api.createConfiguration(externalID: "cfg")
            let id = try await api.createCampaign(
                externalID: "spring", configurationID: config,
                contacts: [["external_id": "a", "phone_numbers": ["(415) 555-0123"]]])
            let byExternalID = try await api.get("/campaign/campaigns/spring")
            #expect(byExternalID.status == 200)
            #expect(byExternalID["id"] == .string(id))
            #expect(byExternalID["external_id"] == "spring")
            let contacts = try await api.get("/campaign/campaigns/\(id)/contacts")
            #expect(contacts["total"] == 1)
        }
    }
}
