import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `--fail-fast`: after the first failure nothing new starts (what is in flight finishes);
/// without it, work independent of the failure goes on.
///
/// The failure is made deterministic and instant: a saved plan creates campaign `orphan` on
/// configuration `gone`, which is deleted live before the apply (the plan touches no
/// configuration, so nothing is stale); `orphan`'s create fails before sending anything, while
/// campaign `steady`'s create is in flight on an emulator answering after 300 ms.
@Suite struct FailFastTests {
    @Test(arguments: [true, false])
    func failFastStartsNothingAfterTheFirstFailure(failFast: Bool) async throws {
        // Latency from the start: a saved plan only applies against the API (URL) it was made on.
        try await Scenario.with("fail-fast", emulatorFlags: ["--latency-ms", "300"]) { scenario in
            try await prepareStalePlan(scenario)
            let run = try await scenario.campaignctl.run(
                ["apply", "--plan", "plan.json", "--auto-approve", "--report", "report.json"]
                    + (failFast ? ["--fail-fast"] : []))
            #expect(run.status == 1, "\(run)")
            let report = try ReportFile(scenario.workspace.url("report.json"))
            #expect(report.outcomes["campaign/orphan/create"] == "failed", "\(report.outcomes)")
            #expect(report.reasons["campaign/orphan/create"]?.contains("'gone'") == true, "\(report.reasons)")
            #expect(report.outcomes["campaign/steady/create"] == "done", "in flight at the failure, it finishes")
            let after = ["campaign/steady/pause", "contacts/steady/upsert/1", "contacts/steady/upsert/2"]
            let expected = failFast ? "not_started" : "done"
            #expect(after.allSatisfy { report.outcomes[$0] == expected }, "\(report.outcomes)")
            if failFast {
                #expect(run.applySummary?.contains("3 not started (stopped after the first failure)") == true, "\(run)")
                #expect(report.reasons["campaign/steady/pause"]?.contains("--fail-fast") == true, "\(report.reasons)")
            }
        }
    }

    /// Configurations `keep` and `gone` live; a plan saved for campaigns on each; then `gone`
    /// is deleted live.
    private func prepareStalePlan(_ scenario: Scenario) async throws {
        var manifest = ManifestGenerator(configuration: "keep", campaigns: [])
        try manifest.write(to: scenario.workspace, directory: "manifests/keep")
        manifest.configuration = "gone"
        try manifest.write(to: scenario.workspace, directory: "manifests/gone")
        let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "manifests/"])
        try #require(setup.status == 0, "\(setup)")

        try ManifestGenerator(configuration: "gone", campaigns: [.init(key: "orphan", status: "active", contacts: 3)])
            .write(to: scenario.workspace, directory: "manifests/gone")
        try ManifestGenerator(
            configuration: "keep", campaigns: [.init(key: "steady", status: "paused", contacts: 1_500)]
        )
        .write(to: scenario.workspace, directory: "manifests/keep")
        let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "manifests/"])
        try #require(saved.status == 0, "\(saved)")

        let api = scenario.emulator.baseURL + "/campaign/configurations"
        let configurations = try await HTTP.expectJSON("GET", api)["configurations"]?.arrayValue ?? []
        let gone = try #require(configurations.first { $0["external_id"]?.stringValue == "gone" }?["id"]?.stringValue)
        let deleted = try await HTTP.send("DELETE", api + "/\(gone)")
        try #require(deleted.status == 204, "\(deleted.text)")
    }
}
