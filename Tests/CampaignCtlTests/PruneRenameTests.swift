import AnyreachModel
import Foundation
import TestSupport
import Testing

/// What a GitOps team with pruning on meets (issue 14): a plan from part of the repository, a
/// prune that would close campaigns people are still waiting in, a renamed campaign, and drift
/// that comes back to zero. Each story through the binary against the emulator.
@Suite struct PruneRenameTests {
    static let org = "examples/org.yaml"
    static let spring = "examples/campaigns/spring-renewals.yaml"

    /// The examples applied, then `policy.prune.campaigns` switched on.
    private func pruningExamples(_ name: String, _ body: (Scenario) async throws -> Void) async throws {
        try await Scenario.with(name, example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            let org = try scenario.workspace.read(Self.org)
            try scenario.workspace.write(
                Self.org, org.replacingOccurrences(of: "    campaigns: false", with: "    campaigns: true"))
            try await body(scenario)
        }
    }

    @Test func pruningFromASubsetOfThePathsIsRefusedAndNamesWhatIsLeftOut() async throws {
        try await pruningExamples("subset") { scenario in
            let run = try await scenario.campaignctl.run([
                "plan", Self.spring, "examples/configurations/", Self.org,
            ])
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("examples/org.yaml:"), "located at the policy: \(run)")
            #expect(run.stderr.contains("'examples/campaigns/clinic-reminders.yaml'"), "\(run)")
            #expect(run.stderr.contains("hint: plan the whole repository (campaignctl plan examples)"), "\(run)")
            #expect(!run.stdout.contains("close"), "nothing planned: \(run)")
            let whole = try await scenario.planIsEmpty()
            #expect(whole.status == 0, "the whole repository plans nothing: \(whole)")
        }
    }

    @Test func closingACampaignWithPendingContactsNeedsTheFlagAndIsCalledOut() async throws {
        try await pruningExamples("closes") { scenario in
            try FileManager.default.removeItem(at: scenario.workspace.url(Self.spring))
            let refused = try await scenario.campaignctl.run(["plan", "examples/"])
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.contains("spring-renewals (5000 pending)"), "\(refused)")
            #expect(refused.stderr.contains("closing is final"), "\(refused)")
            let allowed = try await scenario.campaignctl.run([
                "plan", "--allow-mass-delete", "--format", "markdown", "examples/",
            ])
            #expect(allowed.status == 0, "\(allowed)")
            #expect(
                allowed.stdout.contains(
                    "> **close** campaign `spring-renewals`: 5000 pending contact(s) will never be called"),
                "\(allowed)")
            let text = try await scenario.campaignctl.run(["plan", "--allow-mass-delete", "examples/"])
            #expect(text.stdout.contains("! 5000 pending contact(s) will never be called: closing is final"), "\(text)")
            let json = try await scenario.campaignctl.run([
                "plan", "--allow-mass-delete", "--format", "json", "examples/",
            ])
            let document = try JSONValue.parse(Data(json.stdout.utf8))
            #expect(document["summary"]?["contacts_never_called"]?.intValue == 5000, "\(json)")
        }
    }

    @Test func driftAfterAPruneCloseAndAfterIgnoreComesBackToZero() async throws {
        try await pruningExamples("drift-zero") { scenario in
            try FileManager.default.removeItem(at: scenario.workspace.url(Self.spring))
            let apply = try await scenario.campaignctl.run([
                "apply", "--auto-approve", "--allow-mass-delete", "examples/",
            ])
            try #require(apply.status == 0, "\(apply)")
            let afterClose = try await scenario.campaignctl.run(["drift", "examples/"])
            #expect(afterClose.status == 0, "closed and gone from the manifests is history: \(afterClose)")

            let configurations = try await HTTP.expectJSON(
                "GET", scenario.emulator.baseURL + "/campaign/configurations")
            let configuration = try #require(
                (configurations["configurations"]?.arrayValue ?? []).first {
                    $0["external_id"]?.stringValue == "business-hours"
                })
            _ = try await HTTP.expectJSON(
                "POST", scenario.emulator.baseURL + "/campaign/campaigns",
                json: [
                    "name": "Legacy promo", "external_id": "legacy-promo",
                    "configuration_id": configuration["id"] ?? .null,
                ])
            let drifted = try await scenario.campaignctl.run(["drift", "examples/"])
            #expect(drifted.status == 2, "\(drifted)")
            #expect(
                drifted.stdout.contains(
                    "adopt: campaignctl export --campaign legacy-promo --out DIR; or ignore: policy.ignore.campaigns: [legacy-promo]"
                ), "\(drifted)")
            let org = try scenario.workspace.read(Self.org)
            try scenario.workspace.write(
                Self.org,
                org.replacingOccurrences(of: "policy:\n", with: "policy:\n  ignore:\n    campaigns: [\"legacy-*\"]\n"))
            let ignored = try await scenario.campaignctl.run(["drift", "examples/"])
            #expect(ignored.status == 0, "\(ignored)")
            let plan = try await scenario.planIsEmpty()
            #expect(plan.status == 0, "prune leaves an ignored campaign alone: \(plan)")
        }
    }

    @Test func aRenameWithPreviousExternalIDsPatchesTheKeyAndKeepsTheContacts() async throws {
        try await Scenario.with("rename", example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            let before = try await HTTP.expectJSON(
                "GET", scenario.emulator.baseURL + "/campaign/campaigns/spring-renewals")
            let text = try scenario.workspace.read(Self.spring)
            try scenario.workspace.write(
                Self.spring,
                text.replacingOccurrences(
                    of: "  spring-renewals:\n",
                    with: "  spring-renewals-2027:\n    previous_external_ids: [spring-renewals]\n"))
            let plan = try await scenario.campaignctl.run(["plan", "examples/"])
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stdout.contains("~ external_id: \"spring-renewals\" -> \"spring-renewals-2027\""), "\(plan)")
            #expect(plan.stdout.contains("contacts: 0 to add, 0 to update, 0 to delete"), "\(plan)")

            try await scenario.emulator.resetMetrics()
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            #expect(apply.status == 0, "\(apply)")
            let writes = try await scenario.emulator.requestLog().filter {
                $0.method != "GET" && !$0.path.hasPrefix("/_emulator")
            }
            #expect(
                writes.map(\.description) == ["PATCH /campaign/campaigns/spring-renewals 200"],
                "one patch of the key, no create, no contact upsert: \(writes)")
            let after = try await HTTP.expectJSON(
                "GET", scenario.emulator.baseURL + "/campaign/campaigns/spring-renewals-2027")
            #expect(after["id"] == before["id"], "the same campaign, renamed")
            let empty = try await scenario.planIsEmpty()
            #expect(empty.status == 0, "\(empty)")
        }
    }

    @Test func aRenameWithoutPreviousExternalIDsIsRefusedForDiallingThePeopleTwice() async throws {
        try await Scenario.with("rename-overlap", example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            let text = try scenario.workspace.read(Self.spring)
            try scenario.workspace.write(
                Self.spring, text.replacingOccurrences(of: "  spring-renewals:\n", with: "  spring-renewals-2027:\n"))
            let refused = try await scenario.campaignctl.run(["plan", "examples/"])
            #expect(refused.status == 1, "\(refused)")
            #expect(
                refused.stderr.contains(
                    "new campaign 'spring-renewals-2027' has 5000 of its 5000 contacts' numbers in active campaign 'spring-renewals'"
                ), "\(refused)")
            #expect(refused.stderr.contains("previous_external_ids: [spring-renewals]"), "\(refused)")
            let allowed = try await scenario.campaignctl.run(["plan", "--allow-contact-overlap", "examples/"])
            #expect(allowed.status == 0, "\(allowed)")
            #expect(allowed.stdout.contains("warning: new campaign 'spring-renewals-2027'"), "\(allowed)")
        }
    }
}
