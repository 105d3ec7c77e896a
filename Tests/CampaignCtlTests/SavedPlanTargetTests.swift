import AnyreachModel
import Foundation
import TestSupport
import Testing

/// A saved plan is executed only as reviewed and only where it was made: with manifest paths
/// next to `--plan`, only if they are the bytes it was made from; never against another API; a
/// file that can't be read, or isn't a plan this campaignctl reads, is refused in one line
/// before anything starts.
@Suite struct SavedPlanTargetTests {
    @Test func aSavedPlanIsAppliedOnlyToTheManifestsItWasMadeFrom() async throws {
        try await Scenario.with("plan-digest", example: ".") { scenario in
            let saved = try await scenario.campaignctl.run(["plan", "--out", "plan.json", "examples/"])
            try #require(saved.status == 0, "\(saved)")
            let csv = scenario.workspace.url("examples/contacts/spring-renewals.csv")
            let original = try Data(contentsOf: csv)
            var changed = original
            changed[changed.endIndex - 9] ^= 1  // the last row's amount: 82.73 becomes 82.72
            try changed.write(to: csv)

            let apply = ["apply", "--plan", "plan.json", "--auto-approve", "examples/"]
            let refused = try await scenario.campaignctl.run(apply)
            #expect(refused.status == 1, "\(refused)")
            #expect(
                refused.stderr.hasPrefix(
                    "error: 'examples/contacts/spring-renewals.csv' changed since 'plan.json' was made\n"
                        + "error: 'plan.json' was made from other manifests than those given (1 file(s) differ)"),
                "\(refused.stderr)")
            let json = try await scenario.campaignctl.run(apply + ["--format", "json"])
            let document = try JSONValue.parse(Data(json.stdout.utf8))
            let kinds = document["diagnostics"]?.arrayValue?.compactMap { $0["kind"]?.stringValue }
            #expect(json.status == 1 && kinds == ["manifests_changed", "manifests_changed"], "\(json)")
            #expect(try await scenario.emulator.metrics().writeCount == 0, "refused before anything was written")

            try original.write(to: csv)
            let applied = try await scenario.campaignctl.run(apply)
            #expect(applied.status == 0, "\(applied)")
            #expect(applied.stderr.hasPrefix("the manifests given are those 'plan.json' was made from (8 files)\n"))
            #expect(try await scenario.planIsEmpty().status == 0)
        }
    }

    @Test func theOverrideOfTheManifestCheckNeedsAPlanAndPaths() async throws {
        let workspace = try Workspace("plan-override")
        defer { workspace.remove() }
        for arguments in [
            ["--allow-changed-manifests", "examples/"], ["--plan", "p.json", "--allow-changed-manifests"],
        ] {
            let run = try await ChildProcess.run(
                try BuiltProducts.executable("campaignctl"), ["apply", "--emulator"] + arguments,
                environment: ["NO_COLOR": "1"], directory: workspace.root)
            #expect(run.status == 64, "a usage error: \(run)")
            #expect(run.stderr.contains("--allow-changed-manifests applies to apply --plan FILE PATH..."), "\(run)")
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
