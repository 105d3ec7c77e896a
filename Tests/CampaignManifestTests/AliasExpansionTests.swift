import AnyreachModel
import Foundation
import Testing

@testable import CampaignManifest

/// A manifest in a pull request is untrusted input: nested aliases must not hang `validate` or
/// `plan`, while ordinary anchors and aliases (shared windows, say) keep working.
@Suite struct AliasExpansionTests {
    /// Ten levels of ten aliases each: 10^10 nodes written in a dozen lines, inside contact data
    /// (free-form, so a reader would walk all of it).
    static var billionLaughs: String {
        var lines = [
            "campaigns:", "  bomb:", "    name: Bomb", "    configuration: hours", "    contacts:",
            "      - external_id: lead-1", "        phone_numbers: [\"+13125550100\"]", "        data:",
            "          x0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]",
        ]
        for level in 1...9 {
            lines.append(
                "          x\(level): &a\(level) ["
                    + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// 20 nodes before the data, 12 on line 9 (`*a0` is 11), 112 on line 10 (`*a1` is 111),
    /// 1,112 on line 11: after 1,258 nodes, the ninth `*a2` (1,111 each) of line 12 passes the
    /// 865 bytes plus 10,000.
    @Test func nestedAliasesAreRefusedAtTheAliasThatPassesTheLimitQuickly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("bomb.yaml", Self.billionLaughs)
        let started = ContinuousClock.now
        let result = Fixtures.loader().load(paths: [directory.url.path])
        #expect(ContinuousClock.now - started < .seconds(5), "the guard must stop the walk early")
        #expect(result.state == nil)
        #expect(
            result.diagnostics.map { $0.rendered(strippingPrefix: directory.url.path + "/") } == [
                "bomb.yaml:12:60: error: the alias *a2 here expands the file past 10865 nodes; "
                    + "write the values out instead of nesting aliases"
            ])
    }

    /// `data` is 100 nodes, and 104 nodes come before the list of aliases: each `*d` adds 100,
    /// and the first to pass the bytes plus 10,000 is reported, at its own column.
    @Test func theReportedAliasIsTheOneThatCrossesTheLimit() {
        let text =
            "data: &d [" + Array(repeating: "0", count: 99).joined(separator: ", ") + "]\n"
            + "uses: [" + Array(repeating: "*d", count: 200).joined(separator: ", ") + "]\n"
        let crossing = (text.utf8.count + AliasExpansionGuard.slack - 104) / 100 + 1
        #expect(
            ParserLocationTests.diagnostics(text) == [
                "m.yaml:2:\(8 + 4 * (crossing - 1)): error: the alias *d here expands the file past "
                    + "\(text.utf8.count + 10_000) nodes; write the values out instead of nesting aliases"
            ])
    }

    /// The composer compares mapping keys through their whole expansion: an alias used as a key
    /// would keep it busy for hours unless the guard looks first.
    @Test(.timeLimit(.minutes(1))) func anAliasBombUsedAsAKeyIsRefusedQuickly() {
        let definitions = (1...9).map { level in
            "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]"
        }
        let text = (["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + definitions + ["k: {*a9: 1}"])
            .joined(separator: "\n")
        let started = ContinuousClock.now
        let diagnostics = ParserLocationTests.diagnostics(text)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(diagnostics.count == 1, "\(diagnostics)")
        #expect(diagnostics.first?.contains("the alias *a2 here expands the file past") == true, "\(diagnostics)")
    }

    /// An alias as a key is no duplicate of a key spelled like its stand-in, and duplicate
    /// aliases are named as written.
    @Test func aliasKeysKeepTheirNames() {
        #expect(
            ParserLocationTests.diagnostics("x: &x k\ny: {*x: 1, *x: 2}\n") == [
                "m.yaml:2:5: error: duplicate key '*x' in one mapping"
            ])
    }

    @Test func ordinaryAnchorsAndAliasesStillLoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "hours.yaml",
            """
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
