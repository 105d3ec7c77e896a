import Foundation
import TestSupport
import Testing

/// A saved plan is executed only as reviewed and only where it was made: manifest paths next to
/// `--plan` are refused, and so is a plan made against another API; a file that can't be read,
/// or isn't a plan this campaignctl reads, is refused in one line before anything starts.
@Suite struct SavedPlanTargetTests {
    @Test func manifestPathsNextToASavedPlanAreRefused() async throws {
        try await Scenario.with("plan-paths", example: ".") { scenario in
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            let run = try await scenario.campaignctl.run([
                "apply", "--plan", "plan.json", "--auto-approve", "examples/",
            ])
            #expect(run.status == 64, "a usage error: \(run)")
            #expect(run.stderr.contains("--plan executes the saved plan as it was reviewed"), "\(run)")
        }
    }

    @Test(
        arguments: [
            (nil, "error: can't read the plan file 'plan.json': No such file or directory"),
            ("{\"format_version\": 0}", "error: 'plan.json' was saved by an older campaignctl (plan format 0); "),
            ("not a plan", "error: 'plan.json' is not a saved plan: it is not a JSON object"),
        ] as [(String?, String)])
    func anUnreadableOrForeignPlanFileIsRefusedInOneLine(contents: String?, message: String) async throws {
        let workspace = try Workspace("plan-file")
        defer { workspace.remove() }
        if let contents { try workspace.write("plan.json", contents) }
        let run = try await ChildProcess.run(
            try BuiltProducts.executable("campaignctl"),
            ["apply", "--emulator", "--plan", "plan.json", "--auto-approve"],
            environment: ["NO_COLOR": "1"], directory: workspace.root)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1 && !run.stderr.contains("Error Domain"), "one line")
        #expect(!FileManager.default.fileExists(atPath: workspace.url(".campaignctl").path), "no emulator was started")
    }

    @Test func aPlanMadeAgainstAnotherAPIIsRefused() async throws {
        try await Scenario.with("plan-target", example: ".") { scenario in
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            let plannedAgainst = scenario.emulator.baseURL
            try await scenario.restartEmulator()  // the same org, but another URL: as good as another API
            let run = try await scenario.campaignctl.run(["apply", "--plan", "plan.json", "--auto-approve"])
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr.contains("was planned against \(plannedAgainst), not \(scenario.emulator.baseURL)"), "\(run)"
            )
            let metrics = try await scenario.emulator.metrics()
            #expect(metrics.writeCount == 0, "\(metrics)")
        }
    }
}
