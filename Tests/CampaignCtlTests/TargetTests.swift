import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `--target`: a partial plan of some resources and what they need, with every prune on and
/// changes waiting elsewhere in the manifests and the org, which it must leave alone.
@Suite struct TargetTests {
    static let org = "examples/org.yaml"
    static let spring = "examples/campaigns/spring-renewals.yaml"
    static let clinic = "examples/campaigns/clinic-reminders.yaml"

    /// The examples applied; then every prune on, and changes everywhere: both campaigns'
    /// priorities, the concurrency limit, a lead gone from the CSV, a campaign only the org has
    /// (which the prune would close), and a new campaign on a new configuration.
    private func changedEverywhere(_ name: String, _ body: (Scenario) async throws -> Void) async throws {
        try await Scenario.with(name, example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            try edit(scenario, Self.org) {
                $0.replacingOccurrences(of: ": false", with: ": true").replacingOccurrences(
                    of: "limit: 25", with: "limit: 30")
            }
            try edit(scenario, Self.spring) { $0.replacingOccurrences(of: "priority: 7", with: "priority: 8") }
            try edit(scenario, Self.clinic) { $0.replacingOccurrences(of: "priority: 4", with: "priority: 3") }
            try edit(scenario, "examples/contacts/spring-renewals.csv") {
                // The file's lines end in CRLF; the last one goes.
                $0.components(separatedBy: "\r\n").dropLast(2).joined(separator: "\r\n") + "\r\n"
            }
            try scenario.workspace.write("examples/campaigns/autumn-offers.yaml", Self.autumn)
            try await createLiveOnlyCampaign(scenario)
            try await body(scenario)
        }
    }

    static let autumn = """
        configurations:
          evening:
            name: Evening calls
            schedule:
              default_windows:
                - {days: [mon, tue, wed], start: "17:00", end: "20:00"}
            agent: {agent_id: agent-evening}
        campaigns:
          autumn-offers:
            name: Autumn offers
            configuration: evening
            contacts:
              - {external_id: autumn-1, phone_numbers: ["+14155550111"]}
              - {external_id: autumn-2, phone_numbers: ["+14155550112"]}
        """

    @Test func aTargetedPlanHoldsOnlyItsCampaignAndItsSavedPlanApplies() async throws {
        try await changedEverywhere("target-campaign") { scenario in
            _ = try await HTTP.send("DELETE", scenario.emulator.baseURL + "/_emulator/metrics")
            let run = try await scenario.campaignctl.run([
                "plan", "--target", "campaign/clinic-reminders", "--format", "json", "--out", "clinic.plan",
                "examples/",
            ])
            try #require(run.status == 0, "\(run)")
            let plan = try JSONValue.parse(Data(run.stdout.utf8))
            #expect(Self.ids(plan) == ["campaign/clinic-reminders/patch"], "\(run.stdout)")
            #expect(plan["scope"]?["targets"] == ["campaign/clinic-reminders"])
            let requests = try await HTTP.expectJSON("GET", scenario.emulator.baseURL + "/_emulator/requests")
            let paths = (requests["requests"]?.arrayValue ?? []).compactMap { $0["path"]?.stringValue }
            #expect(paths.contains("/campaign/campaigns/clinic-reminders/contacts"), "\(paths)")
            #expect(
                !paths.contains { $0.hasSuffix("/contacts") && !$0.contains("clinic-reminders") },
                "only the target's contacts are read: \(paths)")
            let text = try await Campaignctl(directory: scenario.workspace.root).run(["show", "clinic.plan"])
            #expect(text.stdout.contains("Partial: --target campaign/clinic-reminders."), "\(text)")

            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "--plan", "clinic.plan"])
            #expect(apply.status == 0, "\(apply)")
            let rest = try await scenario.campaignctl.run([
                "plan", "--allow-mass-delete", "--format", "json", "examples/",
            ])
            try #require(rest.status == 0, "\(rest)")
            #expect(
                Set(Self.ids(try JSONValue.parse(Data(rest.stdout.utf8)))).isSuperset(of: [
                    "campaign/spring-renewals/patch", "concurrency/set", "contacts/spring-renewals/delete",
                    "campaign/side-project/close", "configuration/evening/create", "campaign/autumn-offers/create",
                ]), "everything outside the target is still to do: \(rest.stdout)")
            #expect(!rest.stdout.contains("clinic-reminders/patch"), "the target is done: \(rest.stdout)")
        }
    }

    @Test func aNewCampaignBringsTheConfigurationItNeedsAndNothingElse() async throws {
        try await changedEverywhere("target-new") { scenario in
            let run = try await scenario.campaignctl.run([
                "plan", "--target", "campaign/autumn-*", "--format", "json", "examples/",
            ])
            try #require(run.status == 0, "\(run)")
            let ids = Self.ids(try JSONValue.parse(Data(run.stdout.utf8)))
            #expect(ids.contains("configuration/evening/create") && ids.contains("campaign/autumn-offers/create"))
            #expect(ids.allSatisfy { $0.contains("evening") || $0.contains("autumn-offers") }, "\(ids)")

            let apply = try await scenario.campaignctl.run([
                "apply", "--auto-approve", "--target", "campaign/autumn-offers", "examples/",
            ])
            #expect(apply.status == 0, "\(apply)")
            let again = try await scenario.campaignctl.run([
                "plan", "--detailed-exitcode", "--target", "campaign/autumn-offers", "--target",
                "configuration/evening",
                "examples/",
            ])
            #expect(again.status == 0 && again.stdout.contains("No changes. The targets match"), "\(again)")
            let side = try await HTTP.expectJSON("GET", scenario.emulator.baseURL + "/campaign/campaigns/side-project")
            #expect(side["status"]?.stringValue == "active", "the prune outside the target never ran")
        }
    }

    @Test func driftLooksOnlyAtTheTargets() async throws {
        try await changedEverywhere("target-drift") { scenario in
            let configuration = try await scenario.campaignctl.run([
                "drift", "--target", "configuration/business-hours", "examples/",
            ])
            #expect(configuration.status == 0, "\(configuration)")
            #expect(configuration.stdout.contains("In sync: the targets match the manifests."), "\(configuration)")
            let spring = try await scenario.campaignctl.run(["drift", "--target", "campaign/spring-*", "examples/"])
            #expect(spring.status == 2, "\(spring)")
            #expect(spring.stdout.contains("spring-renewals") && !spring.stdout.contains("side-project"), "\(spring)")
            #expect(!spring.stdout.contains("clinic-reminders"), "\(spring)")
        }
    }

    @Test func aTargetThatNamesNothingIsAnErrorWithADidYouMean() async throws {
        try await changedEverywhere("target-unknown") { scenario in
            let typo = try await scenario.campaignctl.run(["plan", "--target", "campaign/spring-renewal", "examples/"])
            #expect(typo.status == 1, "\(typo)")
            #expect(typo.stderr.contains("did you mean campaign/spring-renewals?"), "\(typo)")
            #expect(typo.stdout.isEmpty, "nothing planned: \(typo)")
            let kind = try await scenario.campaignctl.run(["plan", "--target", "campaigns/x", "examples/"])
            #expect(kind.status == 64 && kind.stderr.contains("did you mean campaign/x?"), "\(kind)")
            let keyless = try await scenario.campaignctl.run(["plan", "--target", "campaign", "examples/"])
            #expect(keyless.status == 64 && keyless.stderr.contains("campaign/KEY"), "\(keyless)")
            let saved = try await scenario.campaignctl.run([
                "apply", "--plan", "x.plan", "--target", "concurrency",
            ])
            #expect(saved.status == 64 && saved.stderr.contains("a saved plan holds"), "\(saved)")
        }
    }

    // MARK: - Helpers

    static func ids(_ plan: JSONValue) -> [String] {
        (plan["operations"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }

    private func edit(_ scenario: Scenario, _ path: String, _ change: (String) -> String) throws {
        let text = try scenario.workspace.read(path)
        let changed = change(text)
        try #require(changed != text, "the edit of \(path) changed nothing")
        try scenario.workspace.write(path, changed)
    }

    /// A campaign only the org has, active, on the examples' business-hours configuration.
    private func createLiveOnlyCampaign(_ scenario: Scenario) async throws {
        let base = scenario.emulator.baseURL
        let configurations = try await HTTP.expectJSON("GET", base + "/campaign/configurations")
        let hours = try #require(
            (configurations["configurations"]?.arrayValue ?? []).first {
                $0["external_id"]?.stringValue == "business-hours"
            }?["id"]?.stringValue)
        _ = try await HTTP.expectJSON(
            "POST", base + "/campaign/campaigns",
            json: ["name": "Side project", "external_id": "side-project", "configuration_id": .string(hours)])
    }
}
