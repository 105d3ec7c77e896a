import AnyreachAPI
import AnyreachClient
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachEmulator
@testable import CampaignSync

/// Every kind of plan step, built by hand, saved as a plan file and read back unchanged, then
/// applied against the real emulator over HTTP: the body that reaches the emulator is exactly
/// the plan's documented `body`, with every `null` (clear this) and every absent key (leave it)
/// where the plan put it.
@Suite struct PlanStepRoundTripTests {
    @Test func createConfiguration() async throws {
        try await StepRig.run { rig in
            let state = ConfigurationState(
                name: "Evenings",
                schedule: Schedule(defaultTimezone: "America/Chicago", defaultWindows: [StepRig.window]),
                dialingPolicy: DialingPolicy(maxAttempts: 4), agent: Agent(agentID: "agent-7"))
            let operation = PlanOperation(
                id: OperationID(.configuration, "evenings", .create), step: .createConfiguration(state),
                key: "evenings")
            let sent = try await rig.applyAndCapture(operation, "createConfiguration")
            #expect(sent == operation.body)
            #expect(sent?["schedule"]?["scheduled_windows"] == .null, "unset parts go out as null")
            #expect(sent?["agent"]?["agent_version"] == .null)
        }
    }

    @Test func patchConfigurationReplacesChangedPartsWholeAndLeavesTheRestOut() async throws {
        try await StepRig.run { rig in
            let live = try await rig.seedConfiguration()
            var patch = ConfigurationPatch()
            patch.name = .value("Renamed")
            patch.schedule = .value(Schedule(defaultTimezone: "Europe/London"))
            let operation = PlanOperation(
                id: OperationID(.configuration, "hours", .patch), step: .patchConfiguration(patch),
                key: "hours", liveID: live)
            let sent = try await rig.applyAndCapture(operation, "updateConfiguration")
            #expect(sent == operation.body)
            #expect(sent?["dialing_policy"] == nil && sent?["agent"] == nil, "unchanged parts are absent")
            #expect(sent?["schedule"]?["scheduled_overrides"] == .null, "a replaced part clears what it leaves unset")
        }
    }

    @Test func deleteConfigurationSendsNoBody() async throws {
        try await StepRig.run { rig in
            let live = try await rig.seedConfiguration(externalID: "spare")
            let operation = PlanOperation(
                id: OperationID(.configuration, "spare", .delete), step: .deleteConfiguration,
                key: "spare", liveID: live)
            #expect(try await rig.applyAndCapture(operation, nil) == nil)
            #expect(try await rig.client.listConfigurations().allSatisfy { $0.externalId != "spare" })
        }
    }

    @Test func createCampaignCarriesItsConfigurationAndInlineContacts() async throws {
        try await StepRig.run { rig in
            let configuration = try await rig.seedConfiguration()
            let create = CampaignCreate(
                externalID: "spring", name: "Spring", priority: 3, configuration: "hours",
                configurationID: configuration)
            let operation = PlanOperation(
                id: OperationID(.campaign, "spring", .create), step: .createCampaign(create),
                key: "spring", contacts: [StepRig.add("lead-1")])
            let sent = try await rig.applyAndCapture(operation, "createCampaign")
            #expect(sent == operation.body)
            #expect(sent?["contacts"]?[0]?["timezone"] == .null, "an unset contact field goes out as null")
            #expect(sent?["contacts"]?[0]?["id"] == nil, "a key the item lacks stays absent")
        }
    }

    @Test func patchCampaignSendsOnlyWhatChangesAndTheConfigurationResolvedAtApply() async throws {
        try await StepRig.run { rig in
            let (campaign, _) = try await rig.seedCampaign()
            let other = try await rig.seedConfiguration(externalID: "other")
            var patch = CampaignPatch()
            patch.name = .value("Spring again")
            patch.configuration = "other"
            let operation = PlanOperation(
                id: OperationID(.campaign, "spring", .patch), step: .patchCampaign(patch),
                key: "spring", liveID: campaign)
            let sent = try await rig.applyAndCapture(operation, "updateCampaign")
            #expect(sent == .object(["name": "Spring again", "configuration_id": .string(other)]))
            #expect(operation.body == .object(["name": "Spring again"]), "the saved body leaves the UUID to apply")
        }
    }

    @Test(arguments: [(PlanStep.pauseCampaign, CampaignStatus.paused), (.closeCampaign, .closed)])
    func lifecycleCallsSendNoBody(_ step: PlanStep, _ status: CampaignStatus) async throws {
        try await StepRig.run { rig in
            let (campaign, _) = try await rig.seedCampaign()
            let operation = PlanOperation(
                id: OperationID(.campaign, "spring", step.action), step: step, key: "spring",
                liveID: campaign)
            #expect(try await rig.applyAndCapture(operation, nil) == nil)
            #expect(try await rig.client.findCampaign("spring")?.status.rawValue == status.rawValue)
        }
    }

    @Test func startCampaign() async throws {
        try await StepRig.run { rig in
            let (campaign, _) = try await rig.seedCampaign()
            _ = try await rig.client.pauseCampaign("spring")
            let operation = PlanOperation(
                id: OperationID(.campaign, "spring", .start), step: .startCampaign, key: "spring",
                liveID: campaign)
            #expect(try await rig.applyAndCapture(operation, nil) == nil)
            #expect(try await rig.client.findCampaign("spring")?.status == .active)
        }
    }

    @Test func upsertContactsSendsEveryManagedFieldNullWhereUnset() async throws {
        try await StepRig.run { rig in
            let (campaign, _) = try await rig.seedCampaign()
            var change = StepRig.add("lead-1")
            change.kind = .update
            change.item?.state.data = .object([:])
            let operation = PlanOperation(
                id: OperationID(.contacts, "spring", .upsertContacts, batch: 1), step: .upsertContacts,
                key: "spring", liveID: campaign, contacts: [change, StepRig.add("lead-2")])
            let sent = try await rig.applyAndCapture(operation, "upsertContacts")
            #expect(sent == .object(["contacts": .array(operation.items.map(\.json))]))
            #expect(sent?["contacts"]?[0]?["timezone"] == .null && sent?["contacts"]?[0]?["agent_config"] == .null)
            let stored = try await rig.client.listAllContacts(campaign)
            #expect(
                stored.first { $0.externalID == "lead-1" }?.state.timezone == nil,
                "the null cleared the seeded timezone")
        }
    }

    @Test func deleteContactsSendsNoBody() async throws {
        try await StepRig.run { rig in
            let (campaign, contact) = try await rig.seedCampaign()
            let change = ContactChange(kind: .delete, externalID: "lead-1", liveID: contact)
            let operation = PlanOperation(
                id: OperationID(.contacts, "spring", .deleteContacts), step: .deleteContacts,
                key: "spring", liveID: campaign, contacts: [change])
            #expect(try await rig.applyAndCapture(operation, nil) == nil)
            #expect(try await rig.client.listAllContacts(campaign).isEmpty)
        }
    }

    @Test func setConcurrency() async throws {
        try await StepRig.run { rig in
            let operation = PlanOperation(
                id: OperationID(.concurrency, "concurrency_limit", .setConcurrency),
                step: .setConcurrency(limit: 7), key: "concurrency_limit")
            let sent = try await rig.applyAndCapture(operation, "updateConcurrencySettings")
            #expect(sent == operation.body && sent == .object(["concurrency_limit": 7]))
        }
    }
}

extension JSONValue {
    /// An object's member, for reading request bodies in expectations.
    subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// An array's element.
    subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
