import Foundation
import Testing
import Yams

@testable import CampaignManifest

/// Quotes `fmt` adds or removes never change what the loader reads: texts YAML treats specially,
/// each written plain (where YAML reads it back as itself), single- and double-quoted, in every
/// kind of place (a string key's value, list items in flow and block style, data values and data
/// keys), load to the same desired state and diagnostics formatted or not.
@Suite struct FormatterQuotingTests {
    static let texts = [
        "plain", "Plain words", "yes", "No", "null", "Null", "~", "", " ", "09:00", "10:30", "0x1F", "017", "1e3", "-1",
        "+15551234567", ".5", "2027-01-04", "2027-01-04T08:00:00Z", "a: b", "a:b", "a:", "a #b", "a#b", "#a", "- a",
        "? a",
        "[a]", "{a}", "a, b", "&anchor", "*alias", "!tag", "|", ">", "%YAML", "@a", "`a", "'a'", "\"a\"", "it's",
        "back\\slash", "trailing ", " leading", "tab\there", "Café", "日本語", "${CAMPAIGNCTL_TEAM}", "$${x}", "$", "<<",
        "---", "...", "x:y:z", "true", "FALSE", "12", "12.5", "-0", "line\nbreak", "Europe/London", "../contacts/a.csv",
    ]

    /// The ways YAML can spell `text` in block context.
    static func writings(_ text: String) -> [String] {
        var writings = [YAMLScalar.doubleQuoted(text)]
        if !text.contains(where: { $0.isNewline }) {
            writings.append("'" + text.replacingOccurrences(of: "'", with: "''") + "'")
        }
        let composed = try? Yams.compose(yaml: "k: " + text, .basic)?.mapping?["k"]?.scalar
        if composed?.string == text, composed?.style == .plain { writings.append(text) }
        return writings
    }

    static func manifests(_ value: String) -> [String] {
        [
            "campaigns:\n  spring:\n    configuration: hours\n    name: \(value)\n",
            "campaigns:\n  spring:\n    name: N\n    configuration: hours\n    previous_external_ids:\n      - \(value)\n",
            """
            campaigns:
              spring:
                name: N
                configuration: hours
                contacts:
                  - external_id: a
                    phone_numbers: [\(value)]
                    data: {note: \(value)}
            """,
            """
            adhoc_contacts:
              contacts:
                - data:
                    \(value): \(value)
                  external_id: a
                  phone_numbers: ["+14155550123"]
                  agent_config: {voice: [\(value)]}
            """,
        ]
    }

    @Test(arguments: texts)
    func requotingReadsTheSame(_ text: String) {
        let loader = Fixtures.loader()
        for value in Self.writings(text) {
            for manifest in Self.manifests(value) {
                switch ManifestFormatter.format(manifest, file: "q/a.yaml") {
                case .formatted(let formatted):
                    let before = ManifestMeaning(loader.load(texts: [("q/a.yaml", manifest)]))
                    let after = ManifestMeaning(loader.load(texts: [("q/a.yaml", formatted)]))
                    #expect(before == after, "\(manifest)---\n\(formatted)")
                case .failed(let errors):
                    #expect(!errors.contains { $0.kind == .formatRefused }, "\(errors)\n\(manifest)")
                case .unchanged, .kept:
                    continue
                }
            }
        }
    }
}
