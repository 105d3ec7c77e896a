import Foundation
import TestSupport
import Testing

/// `export --campaign` of a key the org doesn't have is a typo, not an empty success.
@Suite struct ExportUnknownCampaignTests {
    @Test func anUnknownCampaignIsAnErrorWithADidYouMeanAndWritesNothing() async throws {
        try await Scenario.with("export-unknown", example: ".") { scenario in
            let setup = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(setup.status == 0, "\(setup)")
            let run = try await scenario.campaignctl.run([
                "export", "--campaign", "spring-renewal", "--out", "exported",
            ])
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr.contains("error: no live campaign has the external_id or UUID 'spring-renewal'"), "\(run)")
            #expect(run.stderr.contains("hint: did you mean 'spring-renewals'?"), "\(run)")
            #expect(!FileManager.default.fileExists(atPath: scenario.workspace.url("exported").path))
        }
    }
}
