import Foundation
import TestSupport
import Testing

/// `show` renders a saved plan byte for byte as `plan` rendered it, in each format, offline.
@Suite struct ShowCommandTests {
    @Test func showPrintsWhatPlanPrinted() async throws {
        try await Scenario.with("show", example: ".") { scenario in
            let offline = Campaignctl(directory: scenario.workspace.root)
            for format in ["text", "markdown", "json"] {
                let plan = try await scenario.campaignctl.run([
                    "plan", "--format", format, "--out", "plan-\(format).json", "examples/",
                ])
                try #require(plan.status == 0, "\(plan)")
                let shown = try await offline.run(["show", "--format", format, "plan-\(format).json"])
                #expect(shown.status == 0, "\(shown)")
                #expect(shown.stdout == plan.stdout, "\(format) differs:\n\(shown.stdout)\n---\n\(plan.stdout)")
            }
            let missing = try await offline.run(["show", "nope.json"])
            #expect(missing.status == 1 && missing.stderr.hasPrefix("error: can't read the plan file 'nope.json'"))
            #expect(!missing.stderr.contains("Error Domain"), "\(missing)")
        }
    }
}
