import AnyreachModel
@testable import CampaignManifest
import Foundation
import Testing

/// A manifest in a pull request is untrusted input: nested aliases must not hang `validate` or
/// `plan`, while ordinary anchors and aliases (shared windows, say) keep working.
@Suite struct AliasExpansionTests {
    /// Ten levels of ten aliases each: 10^10 nodes written in a dozen lines, inside contact data
    /// (free-form, so a reader would walk all of it).
    static var billionLaughs: String {
        var lines = ["campaigns:", "  bomb:", "    name: Bomb", "    configuration: hours", "    contacts:",
                     "      - external_id: lead-1", "        phone_numbers: [\"+13125550100\"]", "        data:",
                     "          x0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...9 {
            lines.append("          x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func nestedAliasesAreRefusedAtTheirLineQuickly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("bomb.yaml", Self.billionLaughs)
        let started = ContinuousClock.now
        let result = Fixtures.loader().load(paths: [directory.url.path])
        #expect(ContinuousClock.now - started < .seconds(5), "the guard must stop the walk early")
        #expect(result.state == nil)
        let error = try #require(result.errors.first, "\(result.diagnostics)")
        #expect(error.message.contains("YAML aliases here expand the file past"), "\(error.message)")
        #expect(error.location.file.hasSuffix("bomb.yaml"))
        #expect((9...18).contains(error.location.line), "inside the nested data: \(error.location)")
        #expect(result.errors.count == 1, "\(result.diagnostics)")
    }

    @Test func ordinaryAnchorsAndAliasesStillLoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("hours.yaml", """
            configurations:
              hours:
                name: Hours
                schedule:
                  default_windows: &weekdays
                    - {days: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00"}
                  scheduled_windows: *weekdays
                agent: {agent_id: agent-1}
            """)
        let result = Fixtures.loader().load(paths: [directory.url.path])
        #expect(result.errors.isEmpty, "\(result.diagnostics)")
        let configuration = try #require(result.state?.configurations.first)
        #expect(configuration.state.schedule.scheduledWindows == configuration.state.schedule.defaultWindows)
    }
}
