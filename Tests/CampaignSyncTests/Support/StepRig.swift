import AnyreachAPI
import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import Foundation
import Testing

@testable import CampaignSync

/// One emulator that records request bodies, and a client on it, for applying single steps.
struct StepRig {
    let emulator: RunningEmulator
    let client: AnyreachClient

    static let window = TimeWindow(days: ["mon", "tue"], start: "09:00", end: "17:00")

    /// Runs `body` with a fresh emulator that records bodies, and a client on it; both are shut
    /// down on every path.
    static func run(_ body: (StepRig) async throws -> Void) async throws {
        var configuration = EmulatorConfiguration()
        configuration.recordsBodies = true
        try await SessionRig.withEmulator(configuration) { emulator in
            let rig = StepRig(
                emulator: emulator, client: AnyreachClient(settings: SessionRig.settings(emulator.baseURL)))
            do {
                try await body(rig)
            } catch {
                await rig.client.shutdown()
                throw error
            }
            await rig.client.shutdown()
        }
    }

    /// A live configuration; returns its UUID.
    func seedConfiguration(externalID: String = "hours") async throws -> String {
        let state = ConfigurationState(
            name: "Hours \(externalID)", schedule: Schedule(defaultWindows: [Self.window]),
            agent: Agent(agentID: "agent-1", agentVersion: 2))
        return try await client.createConfiguration(externalID: externalID, state: state).id
    }

    /// A live campaign `spring` with one contact `lead-1` that has a time zone and data; returns
    /// the campaign's and the contact's UUIDs.
    func seedCampaign() async throws -> (campaign: String, contact: String) {
        let configuration = try await seedConfiguration()
        let create = CampaignCreate(
            externalID: "spring", name: "Spring", priority: 5, configuration: "hours",
            configurationID: configuration)
        let contact = ContactUpsert(
            externalID: "lead-1",
            state: ContactState(
                phoneNumbers: ["+14155550101"], data: .object(["tier": "gold"]), timezone: "America/Denver"))
        let campaign = try await client.createCampaign(create, configurationID: configuration, items: [contact])
        let stored = try await client.listAllContacts(campaign.id)
        return (campaign.id, try #require(stored.first?.id))
    }

    /// An added contact with a scheduled time and typed data, the other fields unset.
    static func add(_ externalID: String) -> ContactChange {
        let state = ContactState(
            phoneNumbers: ["+14155550123"], data: .object(["visits": 3, "vip": true]),
            scheduledAt: "2027-01-05T09:30:00Z")
        return ContactChange(
            kind: .add, externalID: externalID, item: ContactUpsert(externalID: externalID, state: state))
    }

    /// Saves a plan of the one operation as a plan file does, reads it back (it must come back
    /// equal, and encode to the same bytes), applies the read plan, and returns the body the
    /// emulator received for `operationID` (nil when none was expected, checking none came).
    func applyAndCapture(
        _ operation: PlanOperation, _ operationID: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> JSONValue? {
        let plan = Plan(
            scope: PlanScope(
                apiURL: emulator.baseURL, org: nil, manifests: [], configurations: [], campaigns: [],
                adHocContacts: false, concurrency: false),
            operations: [operation], unmanaged: [], warnings: [])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let saved = try encoder.encode(plan)
        let loaded = try JSONDecoder().decode(Plan.self, from: saved)
        #expect(
            loaded.operations == plan.operations, "the saved plan reads back as it was", sourceLocation: sourceLocation)
        #expect(try encoder.encode(loaded) == saved, sourceLocation: sourceLocation)
        let before = emulator.metrics.bodies().count
        let report = await PlanExecutor(
            client: client, plan: loaded, control: ApplyControl(), failFast: true,
            progress: ApplyProgress(plan: loaded)
        ).execute()
        #expect(report.operations.map(\.outcome) == [.done], "\(report.operations)", sourceLocation: sourceLocation)
        let received = emulator.metrics.bodies().dropFirst(before)
        guard let operationID else {
            #expect(
                received.isEmpty, "no body was expected: \(received.map(\.operationID))", sourceLocation: sourceLocation
            )
            return nil
        }
        #expect(received.map(\.operationID) == [operationID], sourceLocation: sourceLocation)
        return try received.first.map { try JSONValue.parse($0.body) }
    }
}
