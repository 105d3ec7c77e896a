import Foundation
import TestSupport
import Testing

/// `campaignctl validate` run as the built binary on fixture directories: its stdout, stderr and
/// exit status compared with `Golden/<case>.txt`. `RECORD_GOLDEN=1 swift test` rewrites them.
///
/// The binary runs in `Tests/CampaignManifestTests` with relative paths, so the paths it prints
/// are the same on every machine.
@Suite struct ValidateGoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var environment: [String: String] = [:]
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "valid-text", arguments: ["validate", "Fixtures/golden/valid"],
            environment: ["CAMPAIGNCTL_TEAM": "golden"]),
        Case(
            name: "valid-json", arguments: ["validate", "--format", "json", "Fixtures/golden/valid"],
            environment: ["CAMPAIGNCTL_TEAM": "golden"]),
        Case(name: "warnings-text", arguments: ["validate", "Fixtures/golden/warnings"]),
        Case(name: "invalid-text", arguments: ["validate", "Fixtures/golden/invalid"]),
        Case(name: "invalid-json", arguments: ["validate", "--format", "json", "Fixtures/golden/invalid"]),
        Case(name: "missing-variable", arguments: ["validate", "Fixtures/golden/valid/org.yaml"]),
        Case(
            name: "other-prefix", arguments: ["validate", "--env-prefix", "ACME_", "Fixtures/golden/valid/org.yaml"],
            environment: ["CAMPAIGNCTL_TEAM": "golden", "ACME_TEAM": "acme"]),
        Case(name: "missing-path", arguments: ["validate", "Fixtures/golden/nowhere"]),
    ]

    static let golden = Golden(testTarget: "CampaignManifestTests")

    @Test(arguments: cases)
    func outputMatchesGolden(_ testCase: Case) async throws {
        let run = try await Self.campaignctl(testCase.arguments, environment: testCase.environment)
        try Self.golden.check(run.transcript(testCase.arguments), name: "\(testCase.name).txt")
    }

    @Test func exitStatusIsZeroWithWarningsAndOneWithErrors() async throws {
        let environment = ["CAMPAIGNCTL_TEAM": "golden"]
        #expect(
            try await Self.campaignctl(["validate", "Fixtures/golden/valid"], environment: environment).status == 0)
        #expect(
            try await Self.campaignctl(["validate", "Fixtures/golden/warnings"], environment: environment).status == 0)
        #expect(
            try await Self.campaignctl(["validate", "Fixtures/golden/invalid"], environment: environment).status == 1)
    }

    /// The built binary run in `Tests/CampaignManifestTests` with `environment` and `NO_COLOR`
    /// alone: no variable of the machine's may change what the goldens hold.
    static func campaignctl(_ arguments: [String], environment: [String: String]) async throws -> Finished {
        try await Campaignctl(directory: Fixtures.testsDirectory, environment: environment, base: .empty).run(arguments)
    }
}
