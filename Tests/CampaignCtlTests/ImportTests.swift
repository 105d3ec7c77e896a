import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `import` adds live resources to a repository that manages others, touching none of its
/// files, and `export --target` writes only the targets and what they need.
@Suite struct ImportTests {
    /// The examples applied; `repo/` holds them without the spring-renewals campaign (and its
    /// CSV) and without the concurrency limit: what a team that manages part of the org has.
    private func partialRepository(_ name: String, _ body: (Scenario) async throws -> Void) async throws {
        try await Scenario.with(name, example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            let manager = FileManager.default
            try manager.copyItem(at: scenario.workspace.url("examples"), to: scenario.workspace.url("repo"))
            for gone in ["campaigns/spring-renewals.yaml", "contacts/spring-renewals.csv", ".github"] {
                try? manager.removeItem(at: scenario.workspace.url("repo/" + gone))
            }
            let org = try scenario.workspace.read("repo/org.yaml")
            try scenario.workspace.write(
                "repo/org.yaml", org.replacingOccurrences(of: "concurrency:\n  limit: 25\n", with: ""))
            try await body(scenario)
        }
    }

    @Test func importedResourcesJoinTheRepositoryAndPlanNothing() async throws {
        try await partialRepository("import") { scenario in
            let before = try Self.tree(scenario.workspace.url("repo"))
            let run = try await scenario.campaignctl.run([
                "import", "campaign/spring-*", "concurrency", "--into", "repo",
            ])
            #expect(run.status == 0, "\(run)")
            #expect(
                run.stdout.contains("added campaigns/spring-renewals.yaml")
                    && run.stdout.contains("added contacts/spring-renewals.csv")
                    && run.stdout.contains("added imported-org.yaml"), "\(run)")
            let after = try Self.tree(scenario.workspace.url("repo"))
            for (path, contents) in before { #expect(after[path] == contents, "import changed \(path)") }
            #expect(
                Set(after.keys).subtracting(before.keys)
                    == ["campaigns/spring-renewals.yaml", "contacts/spring-renewals.csv", "imported-org.yaml"],
                "only new files: \(after.keys.sorted())")
            #expect(
                !after.keys.contains("configurations/business-hours.yaml")
                    || before.keys.contains(
                        "configurations/business-hours.yaml"),
                "the repository's configuration is used, not rewritten")

            let plan = try await scenario.campaignctl.run(["plan", "--detailed-exitcode", "repo/"])
            #expect(plan.status == 0, "the imported resources plan nothing: \(plan)")
            #expect(!plan.stdout.contains("Not in the manifests"), "the repository now covers the org: \(plan)")
        }
    }

    @Test func aResourceTheRepositoryManagesOrAFileInTheWayIsRefusedWritingNothing() async throws {
        try await partialRepository("import-refused") { scenario in
            let before = try Self.tree(scenario.workspace.url("repo"))
            let managed = try await scenario.campaignctl.run([
                "import", "campaign/clinic-reminders", "--into", "repo",
            ])
            #expect(managed.status == 1, "\(managed)")
            #expect(
                managed.stderr.contains("repo/campaigns/clinic-reminders.yaml:")
                    && managed.stderr.contains("campaign 'clinic-reminders' is in the manifests already"), "\(managed)")

            try scenario.workspace.write("repo/contacts/spring-renewals.csv", "a file of the team's\n")
            let blocked = try await scenario.campaignctl.run(["import", "campaign/spring-renewals", "--into", "repo"])
            #expect(blocked.status == 1, "\(blocked)")
            #expect(blocked.stderr.contains("'contacts/spring-renewals.csv' exist(s) in"), "\(blocked)")

            let typo = try await scenario.campaignctl.run(["import", "campaign/spring-renewal", "--into", "repo"])
            #expect(typo.status == 1 && typo.stderr.contains("did you mean campaign/spring-renewals?"), "\(typo)")

            var after = try Self.tree(scenario.workspace.url("repo"))
            after["contacts/spring-renewals.csv"] = nil
            #expect(after == before, "nothing was written")
        }
    }

    @Test func exportOfATargetWritesItAndWhatItNeedsOnly() async throws {
        try await partialRepository("export-target") { scenario in
            let run = try await scenario.campaignctl.run([
                "export", "--target", "campaign/clinic-reminders", "--out", "clinic",
            ])
            #expect(run.status == 0, "\(run)")
            let files = try Self.tree(scenario.workspace.url("clinic"))
            #expect(
                Set(files.keys)
                    == [
                        "campaigns/clinic-reminders.yaml", "configurations/appointment-reminders.yaml",
                        "contacts/clinic-reminders.csv",
                    ], "\(files.keys.sorted())")
            let plan = try await scenario.campaignctl.run(["plan", "--detailed-exitcode", "clinic/"])
            #expect(plan.status == 0, "the export plans nothing: \(plan)")

            let org = try await scenario.campaignctl.run(["export", "--target", "concurrency", "--out", "org"])
            #expect(org.status == 0, "\(org)")
            #expect(try Self.tree(scenario.workspace.url("org")) == ["org.yaml": "concurrency:\n  limit: 25\n"])
        }
    }

    /// Every file under `directory` by relative path, with its text.
    static func tree(_ directory: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let root = directory.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[url.standardizedFileURL.path.replacingOccurrences(of: root, with: "")] = try String(
                contentsOf: url, encoding: .utf8)
        }
        return files
    }
}
