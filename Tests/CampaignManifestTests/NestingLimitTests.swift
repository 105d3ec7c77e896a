import Foundation
import Testing

@testable import CampaignManifest

/// Nesting is limited to 100 levels, reported where the 101st begins, whether libyaml refused
/// the file (near 1000 levels, at a place of its own) or not; no depth crashes the process.
@Suite struct NestingLimitTests {
    static let tooDeep = "error: YAML nests deeper than 100 levels here; manifests never need that"

    static func tooDeep(through alias: String) -> String {
        "error: YAML nests deeper than 100 levels here, through the alias \(alias); manifests never need that"
    }

    static func diagnostics(_ text: String) -> [String] {
        ParserLocationTests.diagnostics(text)
    }

    /// `a: ` and brackets: the top mapping is level 1, so bracket 100 (column 103) is level 101.
    @Test(arguments: [100, 101, 999, 1100, 100_000])
    func flowNestingIsRefusedAtItsHundredAndFirstLevel(_ depth: Int) {
        let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        #expect(Self.diagnostics(text) == ["m.yaml:1:103: \(Self.tooDeep)"])
    }

    @Test func ninetyNineBracketsUnderTheTopMappingAreFine() {
        let text = "a: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99) + "\n"
        #expect(!Self.diagnostics(text).contains { $0.contains("nests deeper") })
    }

    @Test func unclosedBracketsAreRefusedWithoutRecursingIntoThem() {
        #expect(Self.diagnostics(String(repeating: "[", count: 100_000)) == ["m.yaml:1:101: \(Self.tooDeep)"])
        #expect(Self.diagnostics(String(repeating: "{a: ", count: 50_000)) == ["m.yaml:1:401: \(Self.tooDeep)"])
    }

    /// Key `k<i>` sits at line i + 1, column i + 1, in the mapping at level i + 1.
    @Test(arguments: [150, 1001])
    func blockNestingIsRefusedAtTheFirstKeyTooDeep(_ depth: Int) {
        let lines = (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):" }
        let text = lines.joined(separator: "\n") + "\n" + String(repeating: " ", count: depth) + "v\n"
        #expect(Self.diagnostics(text) == ["m.yaml:101:101: \(Self.tooDeep)"])
    }

    /// Brackets in a block scalar are text: the first bracket too deep is after it.
    @Test func bracketsInABlockScalarDontCount() {
        let text = "note: |\n  " + String(repeating: "[", count: 150) + "\nx: " + String(repeating: "[", count: 2000)
        #expect(Self.diagnostics(text) == ["m.yaml:3:103: \(Self.tooDeep)"])
    }

    /// An alias nests its anchor's levels where it stands: 50 brackets in `a`, and `*a` inside
    /// 50 more under the top mapping (level 51), reach level 101.
    @Test func aliasesNestTheirAnchorsWhereTheyStand() {
        let fifty = String(repeating: "[", count: 50)
        let closed = String(repeating: "]", count: 50)
        let text = "a: &a \(fifty)\(closed)\nb: \(fifty)*a\(closed)\n"
        #expect(
            Self.diagnostics(text) == [
                "m.yaml:2:54: \(Self.tooDeep(through: "*a"))"
            ])
    }

    /// In contact data (level 6), each anchor nests the one before it 90 levels deeper: expanded,
    /// 2,000 lines would nest 180,000 levels (and count 180 million nodes). The first alias that
    /// nests too deep stops the file, before anything walks the expansion.
    @Test func chainedAliasesAreRefusedBeforeAnythingRecurses() {
        let ninety = String(repeating: "[", count: 90)
        let closed = String(repeating: "]", count: 90)
        var lines = [
            "campaigns:", "  c:", "    name: C", "    configuration: hours", "    contacts:",
            "      - external_id: x", "        phone_numbers: [\"+14155550100\"]", "        data:",
            "          a0: &a0 \(ninety)\(closed)",
        ]
        for index in 1..<2_000 { lines.append("          a\(index): &a\(index) \(ninety)*a\(index - 1)\(closed)") }
        let started = ContinuousClock.now
        #expect(
            Self.diagnostics(lines.joined(separator: "\n")) == [
                "m.yaml:10:109: \(Self.tooDeep(through: "*a0"))"
            ])
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
