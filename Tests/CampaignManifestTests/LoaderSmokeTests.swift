import Foundation
import Testing

@testable import CampaignManifest

@Suite struct LoaderSmokeTests {
    @Test func examplesLoadWithoutDiagnostics() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = ManifestLoader(interpolator: Interpolator(environment: [:])).load(paths: [
            root.appendingPathComponent("examples").path
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.state)
        #expect(state.campaigns.map(\.externalID) == ["clinic-reminders", "spring-renewals", "winter-survey"])
        #expect(state.campaigns.first { $0.externalID == "spring-renewals" }?.contacts.count == 5000)
    }
}
