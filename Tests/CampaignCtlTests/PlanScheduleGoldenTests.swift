import Foundation
import TestSupport
import Testing

/// The plan's markdown for a configuration whose schedule changes: the operation's lines, then
/// the calling windows before and after as week grids, so the reviewer of the pull request sees
/// the new late hours (and that they leave the band) without reading the windows' JSON. `show`
/// draws the same from the saved plan. Golden in `Golden/plan-schedule-change-markdown.txt`.
@Suite struct PlanScheduleGoldenTests {
    @Test func aScheduleChangeIsDrawnBeforeAndAfterAndShowDrawsTheSame() async throws {
        try await Scenario.with("plan-schedule", example: ".") { scenario in
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(apply.status == 0, "\(apply)")
            let file = "examples/configurations/business-hours.yaml"
            let manifest = try scenario.workspace.read(file)
            try #require(manifest.contains("end: \"17:00\""))
            try scenario.workspace.write(file, manifest.replacing("end: \"17:00\"", with: "end: \"21:30\""))

            let arguments = ["plan", "--format", "markdown", "--out", "plan.json", "examples/"]
            let plan = try await scenario.campaignctl.run(arguments)
            #expect(plan.status == 0, "\(plan)")
            try Locations.goldens.check(plan.transcript(arguments), name: "plan-schedule-change-markdown.txt")
            #expect(plan.stdout.contains("calling windows before:") && plan.stdout.contains("calling windows after:"))

            let shown = try await Campaignctl(directory: scenario.workspace.root).run([
                "show", "--format", "markdown", "plan.json",
            ])
            #expect(shown.status == 0, "\(shown)")
            #expect(shown.stdout == plan.stdout, "show differs:\n\(shown.stdout)\n---\n\(plan.stdout)")
        }
    }
}
