import Foundation
import TestSupport
import Testing

/// The manifest guards of issue 14 through the built binary, each on a copy of the examples.
@Suite struct ManifestGuardTests {
    static let campaignFile = "examples/campaigns/spring-renewals.yaml"

    /// The org holds the examples and campaigns may be pruned, so planning from the emptied file
    /// would close its campaign; instead validate and plan stop at the file, and nothing is planned.
    @Test(arguments: ["", "# spring-renewals moved to next quarter's file\n\n"])
    func anEmptiedCampaignFileStopsValidateAndPlan(emptied: String) async throws {
        let workspace = try Workspace("emptied-campaign")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        let org = try workspace.read("examples/org.yaml")
        try workspace.write(
            "examples/org.yaml", org.replacingOccurrences(of: "campaigns: false", with: "campaigns: true"))
        let campaignctl = Campaignctl(directory: workspace.root)
        let applied = try await campaignctl.run(["apply", "--auto-approve", "--emulator=org.sqlite", "examples/"])
        #expect(applied.status == 0, "\(applied)")

        try workspace.write(Self.campaignFile, emptied)
        let located = "\(Self.campaignFile):1:1: error: the file is empty"
        let validate = try await campaignctl.run(["validate", "examples/"])
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.stderr.contains(located), "\(validate.stderr)")
        let plan = try await campaignctl.run(["plan", "--emulator=org.sqlite", "examples/"])
        #expect(plan.status == 1, "\(plan)")
        #expect(plan.stderr.contains(located), "\(plan.stderr)")
        #expect(plan.stderr.contains("nothing was planned"), "\(plan.stderr)")
        #expect(plan.stdout.isEmpty, "no plan on stdout: \(plan.stdout.prefix(500))")
    }

    /// A row cut short (here after its phone numbers) would clear the contact's timezone and data.
    @Test func aRaggedCSVRowStopsValidateAtItsLine() async throws {
        let workspace = try Workspace("ragged-csv")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        let path = "examples/contacts/spring-renewals.csv"
        var rows = try workspace.read(path).components(separatedBy: "\r\n")
        rows[2] = rows[2].split(separator: ",", omittingEmptySubsequences: false).prefix(4).joined(separator: ",")
        try workspace.write(path, rows.joined(separator: "\r\n"))

        let run = try await Campaignctl(directory: workspace.root).run(["validate", "examples/"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("\(path):3:1: error: row has 4 cells but the header has 8"), "\(run.stderr)")
    }

    @Test func strictRefusesAnUndeclaredConfigurationUntilItIsListedLive() async throws {
        let workspace = try Workspace("strict")
        defer { workspace.remove() }
        try workspace.copyExample(".")
        try workspace.write(
            "examples/campaigns/night.yaml",
            "campaigns:\n  night-calls:\n    name: Night calls\n    configuration: night-shift\n")
        let campaignctl = Campaignctl(directory: workspace.root)
        let located = "examples/campaigns/night.yaml:4:5:"

        let lenient = try await campaignctl.run(["validate", "examples/"])
        #expect(lenient.status == 0, "\(lenient)")
        #expect(lenient.stderr.contains("\(located) warning:"), "\(lenient.stderr)")
        let strict = try await campaignctl.run(["validate", "--strict", "examples/"])
        #expect(strict.status == 1, "\(strict)")
        #expect(strict.stderr.contains("\(located) error:"), "\(strict.stderr)")

        try workspace.write(
            "examples/live.yaml", "# Configurations only the live org has.\nlive_configurations: [night-shift]\n")
        let listed = try await campaignctl.run(["validate", "--strict", "examples/"])
        #expect(listed.status == 0, "\(listed)")
        #expect(!listed.stderr.contains("night"), "\(listed.stderr)")
    }

    @Test func theHelpSaysWhatStrictDoes() async throws {
        let workspace = try Workspace("strict-help")
        defer { workspace.remove() }
        let help = try await Campaignctl(directory: workspace.root).run(["validate", "--help"])
        #expect(help.status == 0, "\(help)")
        #expect(help.stdout.contains("--strict"), "\(help.stdout)")
        #expect(help.stdout.contains("live_configurations"), "\(help.stdout)")
    }
}
