import Foundation
import TestSupport
import Testing

/// The README's first command, run as a newcomer would on a clean checkout: it plans and applies
/// `examples/` against the embedded emulator, and a second run finds nothing to do.
@Suite struct ReadmeCommandTests {
    /// `swift run campaignctl <arguments>` from the README's set-up section.
    static func firstCommandArguments() throws -> [String] {
        let readme = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(
            readme.split(separator: "\n").first {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("swift run campaignctl")
            })
        return line.trimmingCharacters(in: .whitespaces).split(separator: " ").dropFirst(3).map(String.init)
    }

    @Test func firstCommandPlansAndAppliesTheExamples() async throws {
        let arguments = try Self.firstCommandArguments()
        #expect(arguments.contains("--emulator"), "the README's first command must need no credentials")
        let checkout = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: checkout) }
        try FileManager.default.copyItem(
            at: BuiltProducts.packageRoot.appendingPathComponent("examples"),
            to: checkout.appendingPathComponent("examples"))
        let campaignctl = newcomersCampaignctl(checkout)

        let first = try await campaignctl.run(arguments)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stderr.contains("using the embedded Anyreach emulator"))
        #expect(first.stdout.contains("+ create campaign \"spring-renewals\""))
        #expect(first.stdout.contains("contacts: 5005 to add"))
        #expect(first.stdout.contains("Apply: ") && first.stdout.contains(" 0 failed"))
        #expect(
            FileManager.default.fileExists(atPath: checkout.appendingPathComponent(".campaignctl/emulator.sqlite").path)
        )

        let second = try await campaignctl.run(arguments)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout.contains("No changes."))
        #expect(second.stdout.contains("Nothing to apply."))
    }
}
