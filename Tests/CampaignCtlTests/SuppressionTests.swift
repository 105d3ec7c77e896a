import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `policy.suppress` end to end against the emulator: a list covering one contact's every
/// number, another's one number, a contact the manifests no longer name (prune off) and a new
/// contact; the plan says so with numbers masked, apply leaves the org without them, the next
/// plan is empty, and a saved plan refuses a list edited after review.
@Suite struct SuppressionTests {
    static func manifest(contacts: [(String, [String])], suppress: Bool) -> String {
        let lines = contacts.map { key, numbers in
            "      - {external_id: \(key), phone_numbers: [\(numbers.map { "\"\($0)\"" }.joined(separator: ", "))]}"
        }
        return """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}, schedule: {default_timezone: America/Los_Angeles}}
            campaigns:
              spring:
                name: Spring
                configuration: hours
                status: paused
                contacts:
            \(lines.joined(separator: "\n"))
            """ + (suppress ? "\npolicy:\n  suppress: [do-not-call.txt]\n" : "\n")
    }

    static let before: [(String, [String])] = [
        ("all-listed", ["+14155550101"]), ("one-listed", ["+14155550102", "+14155550103"]),
        ("not-listed", ["+14155550104"]), ("dropped", ["+14155550105"]),
    ]
    static let after: [(String, [String])] = Array(before.prefix(3)) + [("new-listed", ["+14155550106"])]
    static let list = "# opted out\n+1 415 555 0101\n+14155550102\n+14155550105\n+14155550106\n"

    @Test func aListCoversContactsWhollyPartlyAndLiveAndApplyConverges() async throws {
        try await Scenario.with("suppress") { scenario in
            try scenario.workspace.write("repo/campaigns.yaml", Self.manifest(contacts: Self.before, suppress: false))
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "repo/"])
            try #require(setup.status == 0, "\(setup)")

            try scenario.workspace.write("repo/do-not-call.txt", Self.list)
            try scenario.workspace.write("repo/campaigns.yaml", Self.manifest(contacts: Self.after, suppress: true))
            let plan = try await scenario.campaignctl.run(["plan", "--detailed-exitcode", "repo/"])
            #expect(plan.status == 2, "\(plan)")
            for line in [
                "Suppressed by policy.suppress (not called):",
                "  contacts of \"spring\": 2 not uploaded (every number suppressed); 1 uploaded without 1 suppressed number(s); 2 live contact(s) deleted",
                "      ! new-listed (sensitive #",
                "      - all-listed (suppressed)", "      - dropped (suppressed)", "      ~ one-listed: phone_numbers",
            ] {
                #expect(plan.stdout.contains(line), "missing \(line):\n\(plan.stdout)")
            }
            #expect(!plan.stdout.contains("555010") && !plan.stderr.contains("555010"), "a number shows:\n\(plan)")
            let validate = try await Campaignctl(directory: scenario.workspace.root).run(["validate", "repo/"])
            #expect(
                validate.status == 0
                    && validate.stdout.hasSuffix(
                        "1 campaign, 2 contacts, 2 contacts withheld by 4 suppressed numbers (0 errors, 0 warnings)\n"),
                "\(validate)")

            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "repo/"])
            #expect(apply.status == 0, "\(apply)")
            let live = try await Self.contacts(of: "spring", scenario.emulator)
            #expect(live.keys.sorted() == ["not-listed", "one-listed"], "\(live)")
            #expect(live["one-listed"] == ["+14155550103"])
            #expect(try await scenario.planIsEmpty(["repo/"]).status == 0)
        }
    }

    @Test func aSavedPlanRefusesAListEditedAfterReview() async throws {
        try await Scenario.with("suppress-digest") { scenario in
            try scenario.workspace.write("repo/do-not-call.txt", Self.list)
            try scenario.workspace.write("repo/campaigns.yaml", Self.manifest(contacts: Self.after, suppress: true))
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "repo/"])
            try #require(saved.status == 0, "\(saved)")
            try scenario.workspace.write("repo/do-not-call.txt", Self.list + "+14155550104\n")
            let refused = try await scenario.campaignctl.run(
                ["apply", "--plan", "plan.json", "--auto-approve", "repo/"])
            #expect(refused.status == 1, "\(refused)")
            #expect(
                refused.stderr.hasPrefix("error: 'repo/do-not-call.txt' changed since 'plan.json' was made\n"),
                "\(refused.stderr)")
            #expect(try await scenario.emulator.metrics().writeCount == 0, "refused before anything was written")
        }
    }

    /// External_id → phone numbers of a campaign's contacts, as the emulator holds them.
    static func contacts(of campaign: String, _ emulator: EmulatorServer) async throws -> [String: [String]] {
        let page = try await HTTP.expectJSON(
            "GET", emulator.baseURL + "/campaign/campaigns/\(campaign)/contacts?limit=200")
        return Dictionary(
            (page["contacts"]?.arrayValue ?? []).compactMap { contact in
                contact["external_id"]?.stringValue.map { key in
                    (key, contact["phone_numbers"]?.arrayValue?.compactMap(\.stringValue) ?? [])
                }
            }, uniquingKeysWith: { first, _ in first })
    }
}
