import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `status` next to the simulated dialer: each managed campaign's live status and statistics
/// beside the status the manifests want, flagged where they disagree.
@Suite struct StatusTests {
    @Test func showsLiveStatsBesideTheWantedStatus() async throws {
        try await Scenario.with("status", fixture: "drift", emulatorFlags: Scenario.dialer) { scenario in
            try await scenario.applyAndWaitForCalls()
            try await BehindTheBack.campaignStarted.perform(on: scenario.emulator.baseURL)

            let json = try await scenario.campaignctl.run(["status", "--format", "json", "drift/"])
            #expect(json.status == 0, "\(json)")
            let rows = try JSONValue.parse(Array(json.stdout.utf8))["campaigns"]?.arrayValue ?? []
            let byKey = Dictionary(
                rows.map { ($0["campaign"]?.stringValue ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
            let renewals = try #require(byKey["renewals"], "\(json)")
            #expect(renewals["wanted"]?.stringValue == "active" && renewals["live"]?.stringValue == "active")
            #expect(renewals["contacts"]?["total"]?.intValue == 12)
            #expect((renewals["contacts"]?["completed"]?.intValue ?? 0) >= 3, "the dialer's work shows: \(renewals)")
            #expect((renewals["attempts"]?.intValue ?? 0) >= 3, "\(renewals)")
            let reminders = try #require(byKey["reminders"], "\(json)")
            #expect(reminders["wanted"]?.stringValue == "paused" && reminders["live"]?.stringValue == "active")
            #expect(reminders["contacts"]?["total"]?.intValue == 3)
            #expect(byKey.count == 2, "only managed campaigns: \(byKey.keys.sorted())")

            let table = try await scenario.campaignctl.run(["status", "drift/"])
            #expect(table.status == 0, "\(table)")
            let line = table.stdout.split(separator: "\n").first { $0.hasPrefix("reminders") }.map(String.init) ?? ""
            #expect(
                line.contains("paused") && line.contains("active (!)"),
                "a status the manifests don't want is flagged: \(table)")
        }
    }
}
