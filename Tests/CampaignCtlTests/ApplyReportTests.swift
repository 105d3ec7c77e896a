import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `--report FILE`: every operation's outcome as JSON; failures carry the API's reason and
/// what depended on them is skipped; `--fail-fast` starts nothing after the first failure.
@Suite struct ApplyReportTests {
    @Test func aSuccessfulApplyReportsEveryOperationOfThePlanDone() async throws {
        try await Scenario.with("report-ok", example: ".") { scenario in
            let plan = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(plan.status == 0, "\(plan)")
            let run = try await scenario.campaignctl.run([
                "apply", "--auto-approve", "--report", "report.json", "examples/",
            ])
            #expect(run.status == 0, "\(run)")

            let report = try ReportFile(scenario.workspace.url("report.json"))
            #expect(report.formatVersion == 1)
            #expect(report.interrupted == false)
            #expect(
                report.outcomes.keys.sorted() == (try planOperationIDs(scenario.workspace.url("plan.json"))).sorted())
            #expect(Set(report.outcomes.values) == ["done"], "\(report.outcomes)")
        }
    }

    /// A credential that may read but not write: every write is refused (403), deterministically.
    @Test func aRefusedApplyReportsFailuresWithTheAPIsReasonAndSkipsWhatDependsOnThem() async throws {
        let reader = "ak_reader.readonly"
        try await Scenario.with(
            "report-403", example: ".", emulatorFlags: ["--credential", "\(reader)=org_local:campaigns:read"]
        ) { scenario in
            var campaignctl = scenario.campaignctl
            campaignctl.token = reader
            let run = try await campaignctl.run(["apply", "--auto-approve", "--report", "report.json", "examples/"])
            #expect(run.status == 1, "\(run)")
            let report = try ReportFile(scenario.workspace.url("report.json"))
            let counts = try #require(run.applyCounts, "\(run)")
            #expect(
                counts.done == 0 && counts.failed == report.count("failed")
                    && counts.skipped == report.count("skipped"), "\(run)")

            #expect(report.outcomes["configuration/business-hours/create"] == "failed")
            #expect(
                report.reasons["configuration/business-hours/create"]?.contains("403") == true,
                "the API's reason: \(report.reasons)")
            #expect(report.outcomes["campaign/spring-renewals/create"] == "skipped")
            #expect(
                report.reasons["campaign/spring-renewals/create"]
                    == "depends on configuration/business-hours/create, which failed")
            #expect(
                report.reasons["campaign/winter-survey/close"]?.hasPrefix("depends on campaign/winter-survey/") == true)
            #expect(Set(report.outcomes.values) == ["failed", "skipped"], "\(report.outcomes)")
            #expect(
                run.stderr.contains(
                    "examples/configurations/business-hours.yaml:4:3: error: configuration/business-hours/create failed: "
                ),
                "\(run)")
            #expect(
                run.stderr.contains(
                    "examples/campaigns/spring-renewals.yaml:4:3: warning: campaign/spring-renewals/create skipped: depends on"
                ),
                "\(run)")
        }
    }

    private func planOperationIDs(_ url: URL) throws -> [String] {
        let plan = try JSONValue.parse(Array(try Data(contentsOf: url)))
        return (plan["operations"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    }
}
