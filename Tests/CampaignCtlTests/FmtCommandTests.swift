import Foundation
import TestSupport
import Testing

/// `campaignctl fmt` as CI and people run it: what it lists, writes and exits with, and what it
/// leaves alone.
@Suite struct FmtCommandTests {
    static let messy = """
        campaigns:
            spring:
                # Set by sales.
                priority: 7
                configuration: hours   # see configurations/
                name: "Spring"
        """

    static let formatted = """
        campaigns:
          spring:
            name: Spring
            configuration: hours # see configurations/
            # Set by sales.
            priority: 7

        """

    static let diff = """
        --- a.yaml
        +++ a.yaml
        @@ -1,6 +1,6 @@
         campaigns:
        -    spring:
        -        # Set by sales.
        -        priority: 7
        -        configuration: hours   # see configurations/
        -        name: "Spring"
        \\ No newline at end of file
        +  spring:
        +    name: Spring
        +    configuration: hours # see configurations/
        +    # Set by sales.
        +    priority: 7

        """

    @Test func checkAndDiffWriteNothingAndExitOneWhenAFileWouldChange() async throws {
        let workspace = try Workspace("fmt-check")
        defer { workspace.remove() }
        try workspace.write("a.yaml", Self.messy)
        try workspace.write("b.yaml", Self.formatted)
        let campaignctl = Campaignctl(directory: workspace.root)

        let check = try await campaignctl.run(["fmt", "--check", "a.yaml", "b.yaml"])
        #expect(check.status == 1 && check.stdout == "a.yaml\n", "\(check)")
        #expect(check.stderr == "1 file not formatted; run campaignctl fmt\n", "\(check)")
        let clean = try await campaignctl.run(["fmt", "--check", "b.yaml"])
        #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty, "\(clean)")
        let diff = try await campaignctl.run(["fmt", "--diff", "a.yaml"])
        #expect(diff.status == 0 && diff.stdout == Self.diff, "\(diff)")
        let both = try await campaignctl.run(["fmt", "--check", "--diff", "a.yaml", "b.yaml"])
        #expect(both.status == 1 && both.stdout == Self.diff, "\(both)")
        #expect(try workspace.read("a.yaml") == Self.messy, "--check and --diff write nothing")
    }

    @Test func rewritesInPlaceOnceKeepingModeAndLinks() async throws {
        let workspace = try Workspace("fmt-write")
        defer { workspace.remove() }
        try workspace.write("repo/a.yaml", Self.messy)
        try workspace.write("repo/real/b.yaml", Self.messy)
        try FileManager.default.createSymbolicLink(
            atPath: workspace.url("repo/link.yaml").path, withDestinationPath: "real/b.yaml")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o640], ofItemAtPath: workspace.url("repo/a.yaml").path)
        let campaignctl = Campaignctl(directory: workspace.root)

        let run = try await campaignctl.run(["fmt", "repo"])
        // Named as discovery names it (through the link), written where it really is.
        #expect(run.status == 0 && run.stdout == "repo/a.yaml\nrepo/link.yaml\n", "\(run)")
        #expect(try workspace.read("repo/a.yaml") == Self.formatted)
        #expect(try workspace.read("repo/real/b.yaml") == Self.formatted)
        let mode = try FileManager.default.attributesOfItem(atPath: workspace.url("repo/a.yaml").path)[
            .posixPermissions]
        #expect((mode as? NSNumber)?.intValue == 0o640, "the file keeps its permissions")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: workspace.url("repo/link.yaml").path)
        #expect(link == "real/b.yaml", "a link stays a link; the file it names is rewritten")

        let again = try await campaignctl.run(["fmt", "repo"])
        #expect(again.status == 0 && again.stdout.isEmpty && again.stderr.isEmpty, "a second fmt: \(again)")
    }

    @Test func reportsWhatItLeavesAlone() async throws {
        let workspace = try Workspace("fmt-leaves")
        defer { workspace.remove() }
        try workspace.write("a.yaml", Self.messy)
        try workspace.write("broken.yaml", "campaigns:\n  spring:\n    name: \"Spring\n    configuration: hours\n")
        try workspace.write("anchors.yaml", "configurations:\n  a: &a {name: A, agent: {agent_id: x}}\n  b: *a\n")
        try workspace.write("contacts.csv", "id,phone\n  lead-1 ,+14155550123\n")
        let campaignctl = Campaignctl(directory: workspace.root)

        let run = try await campaignctl.run(["fmt", "."])
        #expect(run.status == 1, "a YAML error is an error: \(run)")
        #expect(run.stdout == "a.yaml\n", "\(run)")
        #expect(run.stderr.contains("broken.yaml:3:11: error: YAML syntax: this quoted string"), "\(run)")
        #expect(run.stderr.contains("anchors.yaml:2:6: warning: left as written: it uses YAML anchors"), "\(run)")
        #expect(try workspace.read("a.yaml") == Self.formatted, "the other files are formatted")
        #expect(try workspace.read("broken.yaml").hasSuffix("configuration: hours\n"))
        #expect(try workspace.read("anchors.yaml").hasSuffix("b: *a\n"))
        #expect(try workspace.read("contacts.csv") == "id,phone\n  lead-1 ,+14155550123\n", "CSV is never touched")
    }
}
