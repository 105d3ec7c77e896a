import Foundation
import TestSupport
import Testing

/// `campaignctl plan` through the built binary: one broken manifest among good ones stops
/// everything, with the located error on stderr and no plan on stdout.
@Suite struct LoadFailureTests {
    /// A manifest added to a copy of the examples, and where its error must point (nil: none).
    @Test(
        arguments: [
            (file: nil, text: "", located: nil),
            (
                file: "campaigns/broken.yaml", text: "campaigns:\n  broken:\n    name: [unclosed\n",
                located: "campaigns/broken.yaml:3:11: error:"
            ),
            (
                file: "campaigns/typo.yaml",
                text: "campaigns:\n  typo:\n    name: Typo\n    configuration: business-hours\n    priorty: 3\n",
                located: "campaigns/typo.yaml:5:5: error:"
            ),
            (
                file: "configurations/late.yaml",
                text:
                    "configurations:\n  late:\n    name: Late\n    agent: {agent_id: a}\n    schedule:\n      default_timezone: Mars/Olympus\n",
                located: "configurations/late.yaml:6:25: error:"
            ),
        ] as [(file: String?, text: String, located: String?)])
    func planStopsWhenAnyManifestFailsToLoad(file: String?, text: String, located: String?) async throws {
        let examples = try Examples(leads: 5)
        defer { examples.remove() }
        if let file {
            try text.write(to: examples.directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let work = examples.directory.deletingLastPathComponent()
        let database = work.appendingPathComponent("org.sqlite")

        let result = try await Campaignctl(directory: work).run(["plan", "--emulator=\(database.path)", "examples"])

        guard let located else {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Plan: 5 to create"))
            return
        }
        #expect(result.status == 1)
        #expect(result.stderr.contains(located), "\(result.stderr)")
        #expect(result.stderr.contains("nothing was planned"))
        #expect(result.stdout.isEmpty, "no plan on stdout: \(result.stdout)")
        #expect(!FileManager.default.fileExists(atPath: database.path), "the org was never read")
    }
}
