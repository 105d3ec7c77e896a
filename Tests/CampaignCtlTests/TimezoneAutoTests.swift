import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `timezone: auto` end to end (issue 17): the plan shows the zone the number gave, apply stores
/// it in the emulator, and the next plan is empty, since the manifests' contact carries the
/// concrete zone rather than the word.
@Suite struct TimezoneAutoTests {
    static let configuration = """
        configurations:
          hours:
            name: Hours
            schedule: {default_timezone: America/New_York}
            agent: {agent_id: agent-1}
        """

    /// A campaign of `contacts` (flow mappings) with `campaignKeys` on it.
    static func campaign(_ contacts: [String], campaignKeys: String = "") -> String {
        """
        campaigns:
          spring:
            name: Spring
            configuration: hours\(campaignKeys)
            contacts:
        \(contacts.map { "      - \($0)" }.joined(separator: "\n"))
        """
    }

    static let sanFrancisco = "external_id: sf, phone_numbers: [\"(415) 555-0100\"]"

    @Test func autoIsPlannedAppliedAndStoredAsTheNumbersZone() async throws {
        try await Scenario.with("tzauto") { scenario in
            try scenario.workspace.write("repo/configurations.yaml", Self.configuration)
            try scenario.workspace.write(
                "repo/campaigns.yaml", Self.campaign(["{\(Self.sanFrancisco), timezone: America/Chicago}"]))
            let first = try await scenario.campaignctl.run(["apply", "--auto-approve", "repo/"])
            #expect(first.status == 0, "\(first)")
            #expect(
                first.stderr.contains(
                    "warning: campaign 'spring': 1 contact is in a time zone their first number doesn't ring in: 'sf' America/Chicago (number in America/Los_Angeles)"
                ), "\(first)")
            #expect(!first.stderr.contains("415"), "no number in a warning: \(first)")

            try scenario.workspace.write(
                "repo/campaigns.yaml",
                Self.campaign(
                    [
                        "{\(Self.sanFrancisco)}",
                        "{external_id: ny, phone_numbers: [\"212 555 0100\"], timezone: auto}",
                        "{external_id: boise, phone_numbers: [\"208 555 0100\"]}",
                    ], campaignKeys: "\n    contact_timezone: auto"))
            let plan = try await scenario.campaignctl.run(["plan", "--detailed-exitcode", "repo/"])
            #expect(plan.status == 2, "\(plan)")
            #expect(plan.stdout.contains("~ sf: timezone \"America/Chicago\" -> \"America/Los_Angeles\""), "\(plan)")
            #expect(
                plan.stderr.contains(
                    "warning: campaign 'spring': timezone auto left 1 contact without a zone of their own, their first number ringing in several time zones or none known: 'boise' (America/Boise, America/Los_Angeles)"
                ), "\(plan)")
            #expect(!plan.stderr.contains("timezone_mismatch") && !plan.stderr.contains("doesn't ring in"), "\(plan)")

            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "repo/"])
            #expect(apply.status == 0, "\(apply)")
            #expect(
                try await Self.liveZones(scenario) == [
                    "sf": "America/Los_Angeles", "ny": "America/New_York", "boise": "-",
                ])

            let again = try await scenario.planIsEmpty(["repo/"])
            #expect(again.status == 0, "\(again)")
            #expect(again.stdout.contains("No changes."), "\(again)")
        }
    }

    /// The zones the emulator stores for the campaign's contacts, by external_id ("-" for none).
    static func liveZones(_ scenario: Scenario) async throws -> [String: String] {
        let api = scenario.emulator.baseURL + "/campaign"
        let campaigns = try await HTTP.expectJSON("GET", api + "/campaigns?limit=200")["campaigns"]?.arrayValue ?? []
        let spring = try #require(campaigns.first { $0["external_id"]?.stringValue == "spring" })
        let id = try #require(spring["id"]?.stringValue)
        let page = try await HTTP.expectJSON("GET", api + "/campaigns/\(id)/contacts?limit=200&offset=0")
        let contacts = page["contacts"]?.arrayValue ?? []
        return Dictionary(
            uniqueKeysWithValues: contacts.map {
                ($0["external_id"]?.stringValue ?? "?", $0["timezone"]?.stringValue ?? "-")
            })
    }
}
