import AnyreachAPI
import AnyreachClient
import AnyreachModel
import Foundation
import TestSupport
import Testing
import Yams

@testable import CampaignManifest
@testable import CampaignSync

/// Exported YAML is block style with plain scalars where every reader agrees on them, and reads
/// back as exactly the live values, however hostile they are.
@Suite struct ExportYAMLTests {
    /// Strings that YAML, the loader's interpolation or a careless quoter would change.
    static let hostile: [String] = [
        "", " ", "plain", "Plain words", "yes", "No", "ON", "off", "y", "N", "null", "Null", "~", "true", "FALSE",
        "09:00", "10:30", "1:20", "0x1F", "0o17", "017", "1e3", "-1", "+15551234567", ".5", ".inf", ".NaN",
        "2027-01-04",
        "2027-01-04T08:00:00Z", "a: b", "a:b", "a:", "a #b", "a#b", "#a", "- a", "-a", "? a", ":a", "[a]", "{a}",
        "a, b",
        "&anchor", "*alias", "!tag", "|", ">", "%YAML", "@a", "`a", "'a'", "\"a\"", "a'b", "a\"b", "back\\slash",
        "trailing ", " leading", "two  spaces", "line\nbreak", "tab\there", "cr\rhere", "nul\u{0}", "bell\u{7}",
        "del\u{7F}", "nel\u{85}x", "ls\u{2028}x", "ps\u{2029}x", "bom\u{FEFF}x", "nbsp\u{A0}x", "Café", "日本語",
        "emoji 👋", "e\u{301}", "${CAMPAIGNCTL_X}", "$${x}", "$$", "$", "${", "a${b}c${d}", "$$${x}", "<<", "---",
        "...", "=", "../up", "./here", "/abs/path", "Europe/London", "agent-1.2_b", "_private", "__", "x:y:z",
    ]

    @Test(arguments: hostile)
    func aValueReadsBackAsWritten(text: String) throws {
        for value in [JSONValue.string(text), .array([.string(text), .string(text)]), .object([text: .string(text)])] {
            var yaml = YAMLText()
            yaml.field("value", value, indent: 0)
            #expect(try Self.readBack(yaml.text) == value, "\(Snippet(text)) as \(yaml.text)")
        }
    }

    /// Random strings over an alphabet rich in what YAML treats specially.
    @Test func randomStringsReadBackAsWritten() throws {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("aZ09 _-.:#,?!&*|>'\"%@`[]{}$~+=/\\\n\t\u{85}\u{2028}é👋")
        for _ in 0..<3000 {
            let text = String((0..<random.int(in: 1...8)).map { _ in random.pick(alphabet) })
            var yaml = YAMLText()
            yaml.field("value", .array([.string(text)]), indent: 0)
            yaml.field("other", .string(text), indent: 0)
            let read = try Self.readBack(yaml.text, key: "other")
            #expect(read == .string(text), "\(Snippet(text)) as \(yaml.text)")
        }
    }

    /// What the tool writes plain, YAML's own resolver (Yams, YAML 1.1 rules) also reads as a
    /// string, so other tools reading the export agree with campaignctl.
    @Test(arguments: hostile)
    func plainScalarsAreStringsToYAMLToo(text: String) throws {
        guard YAMLScalar.isPlainSafe(text) else { return }
        let loaded = try #require(try Yams.load(yaml: "value: " + text) as? [String: Any])
        #expect(
            loaded["value"] as? String == text, "\(Snippet(text)) resolves as \(String(describing: loaded["value"]))")
        #expect(NodeReader.plainScalar(text) == .string(text))
    }

    @Test func everyDayTextIsPlainAndYAMLLookalikesAreQuoted() {
        for plain in [
            "Business hours (US)", "Europe/London", "agent-renewals", "../contacts/a.csv", "Clinic: reminders",
        ]
        where plain != "Clinic: reminders" {
            #expect(YAMLScalar.value(.string(plain)) == plain)
        }
        #expect(YAMLScalar.value(.string("Clinic: reminders")) == "\"Clinic: reminders\"")
        #expect(YAMLScalar.value(.string("09:00")) == "\"09:00\"")
        #expect(YAMLScalar.value(.string("+15551234567")) == "\"+15551234567\"")
        #expect(YAMLScalar.value(.string("no")) == "\"no\"")
        #expect(YAMLScalar.value(.string("Hours for ${CAMPAIGNCTL_TEAM}")) == "\"Hours for $${CAMPAIGNCTL_TEAM}\"")
    }

    /// Block layout: nested mappings and lists one entry a line, short scalar lists in flow.
    @Test func nestedValuesAreBlockStyle() {
        var yaml = YAMLText()
        yaml.field(
            "data",
            [
                "tags": ["a", "b"], "nested": ["deep": [["k": 1, "j": nil], []], "empty": [:]],
                "long": .array((0..<30).map { .string("item-\($0)") }),
            ], indent: 0)
        let lines = yaml.text.split(separator: "\n")
        #expect(lines.first == "data:")
        #expect(lines.contains("  tags: [a, b]"))
        #expect(lines.contains("    deep:") && lines.contains("      - j: null") && lines.contains("        k: 1"))
        #expect(lines.contains("      - []") && lines.contains("    empty: {}"))
        #expect(lines.contains("    - item-29"), "a list too long for one line is a block list")
        #expect(!yaml.text.contains("{\""), "no JSON flow mappings")
    }

    /// The value of `key` in a one-document YAML text, read the way the loader reads `data`.
    static func readBack(_ text: String, key: String = "value") throws -> JSONValue? {
        let node = try #require(try Yams.compose(yaml: text)?.mapping?[key], "no \(key) in \(text)")
        let sink = DiagnosticSink()
        let reader = NodeReader(file: "export.yaml", sink: sink, interpolator: Interpolator(environment: [:]))
        let value = reader.json(node, key)
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        return value
    }
}
