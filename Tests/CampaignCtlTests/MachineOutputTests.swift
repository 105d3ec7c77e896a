import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `--format json` writes exactly one JSON document on stdout on every path, success or
/// failure, and every command exits with the code `docs/cli.md` gives.
@Suite struct MachineOutputTests {
    /// stdout parsed as one JSON document; the test fails when it isn't one.
    private func document(_ run: Finished, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONValue? {
        do {
            return try JSONValue.parse(Data(run.stdout.utf8))
        } catch {
            Issue.record("stdout is not one JSON document: \(run)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func everyCommandWritesOneDocumentAndItsExitCode() async throws {
        try await Scenario.with("machine-output", example: ".") { scenario in
            let campaignctl = scenario.campaignctl
            // validate is offline: it takes no --api-url.
            let offline = Campaignctl(directory: scenario.workspace.root)
            let validate = try await offline.run(["validate", "--format", "json", "examples/"])
            #expect(validate.status == 0 && document(validate)?["valid"] == true, "\(validate)")

            let firstPlan = try await campaignctl.run(["plan", "--format", "json", "--detailed-exitcode", "examples/"])
            #expect(firstPlan.status == 2 && document(firstPlan)?["has_changes"] == true, "\(firstPlan)")

            let apply = try await campaignctl.run(["apply", "--format", "json", "--auto-approve", "examples/"])
            #expect(apply.status == 0, "\(apply)")
            let applied = document(apply)
            #expect(applied?["ok"] == true && applied?["plan"]?["has_changes"] == true, "\(apply)")
            let outcomes = applied?["report"]?["operations"]?.arrayValue?.compactMap { $0["outcome"]?.stringValue }
            #expect(!(outcomes ?? []).isEmpty && outcomes?.allSatisfy { $0 == "done" } == true, "\(apply)")

            let nothing = try await campaignctl.run(["apply", "--format", "json", "--auto-approve", "examples/"])
            #expect(nothing.status == 0 && document(nothing)?["report"]?["operations"] == [], "\(nothing)")
            let plan = try await campaignctl.run(["plan", "--format", "json", "--detailed-exitcode", "examples/"])
            #expect(plan.status == 0 && document(plan)?["has_changes"] == false, "\(plan)")
            let drift = try await campaignctl.run(["drift", "--format", "json", "examples/"])
            #expect(drift.status == 0 && document(drift) != nil, "\(drift)")
            let status = try await campaignctl.run(["status", "--format", "json", "examples/"])
            #expect(status.status == 0 && document(status) != nil, "\(status)")

            _ = try await HTTP.expectJSON(
                "PATCH", scenario.emulator.baseURL + "/campaign/campaigns/clinic-reminders", json: ["priority": 9])
            let drifted = try await campaignctl.run(["drift", "--format", "json", "examples/"])
            #expect(drifted.status == 2 && document(drifted) != nil, "\(drifted)")
        }
    }

    @Test func aFailureIsStillOneDocumentWithItsDiagnostics() async throws {
        try await Scenario.with("machine-failure", example: ".") { scenario in
            try scenario.workspace.write("examples/org.yaml", "concurrency: {limit: lots}\n")
            for command in ["plan", "apply", "drift", "status"] {
                let run = try await scenario.campaignctl.run(
                    [command, "--format", "json", "--auto-approve", "examples/"]
                        .filter { command == "apply" || $0 != "--auto-approve" })
                #expect(run.status == 1, "\(command): \(run)")
                let failure = document(run)
                #expect(failure?["ok"] == false, "\(command): \(run)")
                let kinds = failure?["diagnostics"]?.arrayValue?.compactMap { $0["kind"]?.stringValue } ?? []
                #expect(kinds.contains("invalid_value") && kinds.contains("no_plan"), "\(command): \(run)")
            }
            let validate = try await Campaignctl(directory: scenario.workspace.root).run([
                "validate", "--format", "json", "examples/",
            ])
            #expect(validate.status == 1 && document(validate)?["valid"] == false, "\(validate)")
        }
    }

    @Test func anAPIRefusalIsOneDocumentWithTheRouteAndTheHint() async throws {
        try await Scenario.with("machine-api", example: ".") { scenario in
            var campaignctl = scenario.campaignctl
            campaignctl.token = "ak_wrong"
            let run = try await campaignctl.run(["plan", "--format", "json", "examples/"])
            #expect(run.status == 1, "\(run)")
            let diagnostic = document(run)?["diagnostics"]?.arrayValue?.first
            #expect(diagnostic?["kind"] == "api", "\(run)")
            #expect(diagnostic?["message"]?.stringValue?.contains("401") == true, "\(run)")
            #expect(diagnostic?["hint"]?.stringValue?.contains("ANYREACH_TOKEN") == true, "\(run)")
            #expect(!run.stdout.contains("ak_wrong") && !run.stderr.contains("ak_wrong"), "the token never shows")
        }
    }
}
