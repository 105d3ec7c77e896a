import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// A saved plan executed after the org changed behind its back: apply refuses, or with
/// `--on-stale=skip` applies the rest and names what it skipped; an unchanged plan applies whole.
@Suite struct StalePlanTests {
    @Test func aPlanWhoseObjectsChangedLiveIsRefusedOrAppliedWithoutThem() async throws {
        try await Scenario.with("stale", example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            try editManifests(scenario.workspace)
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            try await changeLiveBehindThePlansBack(scenario.emulator)

            try await refusesTheStalePlan(scenario)
            try await skipsTheStaleObjects(scenario)
            try await appliesAnUnchangedPlanFully(scenario)
        }
    }

    /// The manifests change a campaign (clinic-reminders), two contacts (lead-00002 and
    /// lead-00003) and a configuration (business-hours), each in its own operation or item.
    private func editManifests(_ workspace: Workspace) throws {
        let campaign = "examples/campaigns/clinic-reminders.yaml"
        try workspace.write(
            campaign, try workspace.read(campaign).replacingOccurrences(of: "priority: 4", with: "priority: 5"))
        let configuration = "examples/configurations/business-hours.yaml"
        try workspace.write(
            configuration,
            try workspace.read(configuration).replacingOccurrences(
                of: "retry_delay_minutes: 90", with: "retry_delay_minutes: 120"))
        let csv = "examples/contacts/spring-renewals.csv"
        // By scalars: the export has CRLF line ends, and "\r\n" is one Character to `String`.
        let lines = try workspace.read(csv).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map
        { scalars in
            let line = String(String.UnicodeScalarView(scalars))
            guard line.hasPrefix("lead-00002,") || line.hasPrefix("lead-00003,") else { return line }
            var fields = line.components(separatedBy: ",")
            fields[4] = "America/Denver"
            return fields.joined(separator: ",")
        }
        try workspace.write(csv, lines.joined(separator: "\n"))
    }

    private func changeLiveBehindThePlansBack(_ emulator: EmulatorServer) async throws {
        let api = emulator.baseURL + "/campaign/campaigns"
        _ = try await HTTP.expectJSON("PATCH", api + "/clinic-reminders", json: ["name": "Renamed live"])
        _ = try await HTTP.expectJSON(
            "POST", api + "/spring-renewals/contacts",
            json: ["contacts": [["external_id": "lead-00002", "timezone": "America/Phoenix"]]])
    }

    private func refusesTheStalePlan(_ scenario: Scenario) async throws {
        try await scenario.emulator.resetMetrics()
        let run = try await scenario.campaignctl.run(["apply", "--plan", "plan.json", "--auto-approve"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("error: campaign \"clinic-reminders\" changed live"), "\(run)")
        #expect(run.stderr.contains("error: contact \"lead-00002\" of \"spring-renewals\" changed live"), "\(run)")
        #expect(
            !run.stderr.contains("lead-00003") && !run.stderr.contains("\"business-hours\""),
            "only changed objects are stale: \(run)")
        #expect(run.stderr.contains("--on-stale=skip"), "\(run)")
        let metrics = try await scenario.emulator.metrics()
        #expect(metrics.writeCount == 0, "a refused plan wrote:\n\(metrics)")
    }

    private func skipsTheStaleObjects(_ scenario: Scenario) async throws {
        let run = try await scenario.campaignctl.run([
            "apply", "--plan", "plan.json", "--auto-approve", "--on-stale=skip", "--report", "report.json",
        ])
        #expect(run.status == 1, "exit 1: not all of the reviewed plan was applied: \(run)")
        #expect(run.stderr.contains("skipping 2 stale object(s)"), "\(run)")
        #expect(
            run.stderr.contains("warning: campaign/clinic-reminders/patch skipped as stale"),
            "the skipped operation is named at the end: \(run)")
        #expect(
            run.stderr.contains(
                "examples/contacts/spring-renewals.csv:3:1: warning: contact 'lead-00002' of 'spring-renewals' skipped as stale"
            ), "\(run)")
        #expect(run.applySummary?.contains("1 skipped as stale, 1 contact(s) skipped as stale") == true, "\(run)")
        let report = try ReportFile(scenario.workspace.url("report.json"))
        #expect(
            report.outcomes["campaign/clinic-reminders/patch"] == "stale"
                && report.outcomes["contacts/spring-renewals/upsert/1"] == "done")
        let staleContacts = report.json["stale_contacts"]?.arrayValue ?? []
        #expect(
            staleContacts.map { $0["external_id"]?.stringValue } == ["lead-00002"],
            "the report names the skipped contact: \(staleContacts)")

        let api = scenario.emulator.baseURL + "/campaign"
        let clinic = try await HTTP.expectJSON("GET", api + "/campaigns/clinic-reminders")
        #expect(
            clinic["name"]?.stringValue == "Renamed live" && clinic["priority"]?.intValue == 4,
            "the stale campaign is left alone: \(clinic)")
        let skipped = try await HTTP.expectJSON("GET", api + "/campaigns/spring-renewals/contacts/lead-00002")
        #expect(skipped["timezone"]?.stringValue == "America/Phoenix", "the stale contact is left alone")
        let applied = try await HTTP.expectJSON("GET", api + "/campaigns/spring-renewals/contacts/lead-00003")
        #expect(applied["timezone"]?.stringValue == "America/Denver", "the rest of its batch is applied")
        let configurations =
            try await HTTP.expectJSON("GET", api + "/configurations")["configurations"]?.arrayValue ?? []
        let hours = configurations.first { $0["external_id"]?.stringValue == "business-hours" }
        #expect(
            hours?["dialing_policy"]?["retry_delay_minutes"]?.intValue == 120,
            "the independent configuration change is applied")
    }

    private func appliesAnUnchangedPlanFully(_ scenario: Scenario) async throws {
        let saved = try await scenario.campaignctl.run(["plan", "--out", "fresh.json", "examples/"])
        try #require(saved.status == 0, "\(saved)")
        let run = try await scenario.campaignctl.run(["apply", "--plan", "fresh.json", "--auto-approve"])
        #expect(run.status == 0, "\(run)")
        #expect(!run.stderr.contains("stale"), "\(run)")
        let counts = try #require(run.applyCounts, "\(run)")
        #expect(
            counts.done == 2 && counts.failed == 0 && counts.skipped == 0,
            "the campaign patch and the contact upsert: \(run)")
        let plan = try await scenario.planIsEmpty()
        #expect(plan.status == 0, "\(plan)")
    }
}
