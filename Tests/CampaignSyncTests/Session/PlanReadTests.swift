import AnyreachAPI
import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import CampaignManifest
import CampaignSync
import Testing

/// What a plan reads from the org: the managed campaigns' contacts (by external_id, and by UUID
/// for adopted ones) and the ad-hoc list when managed; never an unmanaged campaign's contacts.
@Suite struct PlanReadTests {
    static let adoptedID = "00000000-0000-4000-8000-000000000042"

    @Test func theScopeNamesManagedCampaignsByKeyAndAdoptedOnesByID() throws {
        let scope = PlanReadScope(planning: try SessionRig.desired(Manifests.loopAdopting(Self.adoptedID)))
        #expect(scope.campaigns == ["loop", "adopted", Self.adoptedID])
        #expect(scope.adHocContacts)
        #expect(!PlanReadScope(planning: try SessionRig.desired(Manifests.loop)).adHocContacts)
    }

    @Test func aPlanReadsTheManagedContactsOnlyAndAppliedPlansConverge() async throws {
        try await SessionRig.withEmulator { emulator in
            try await EmulatorConnections(emulator).withConnection { connection in
                let desired = try SessionRig.desired(Manifests.loop)
                try await SessionRig.apply(desired, on: connection)
                let other = try await seedUnmanagedCampaign(connection.client)

                let live = try await connection.client.readOrg(PlanReadScope(planning: desired))
                let loop = try #require(live.campaigns.first { $0.externalId == "loop" })
                #expect(Set(live.contacts.keys) == [loop.id], "not \(other.id)'s, nor the ad-hoc list")
                #expect(live.contacts[loop.id]?.count == 2)

                let plan = try await connection.plan(desired)
                #expect(!plan.hasChanges, "applied, then planned again: nothing to do")
                #expect(plan.scope.apiURL == emulator.baseURL && plan.scope.org == nil)
                #expect(plan.unmanaged.contains { $0.key == "other" })
            }
        }
    }

    private func seedUnmanagedCampaign(_ client: AnyreachClient) async throws -> Campaign {
        let configuration = try #require(try await client.listConfigurations().first)
        let contacts: [Components.Schemas.ContactInput] = [.init(externalId: "x", phoneNumbers: ["+14155550111"])]
        let campaign = Components.Schemas.CampaignCreate(
            name: "Other", configurationId: configuration.id,
            externalId: "other", contacts: contacts)
        return try await client.createCampaign(campaign)
    }
}
