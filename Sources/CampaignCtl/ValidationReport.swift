import AnyreachModel
import CampaignManifest
import Foundation

/// The output of `validate`, as text or as a versioned JSON document.
enum ValidationReport {
    static func printText(_ result: ManifestLoadResult, terminal: Terminal) {
        Console.report(result.diagnostics)
        print(summary(result))
    }

    static func summary(_ result: ManifestLoadResult) -> String {
        let counts = "\(count(result.errors.count, "error")), \(count(result.warnings.count, "warning"))"
        guard let state = result.state else { return "invalid: \(counts) in \(count(result.files.count, "file"))" }
        var contents = [
            count(state.configurations.count, "configuration"), count(state.campaigns.count, "campaign"),
            count(state.contactCount, "contact"),
        ]
        let suppression = state.policy.suppression
        if !suppression.sources.isEmpty {
            let withheld = state.campaigns.reduce(state.adHocContacts?.suppressed.withheld.count ?? 0) {
                $0 + $1.suppressed.withheld.count
            }
            contents.append(
                "\(count(withheld, "contact")) withheld by \(count(suppression.count, "suppressed number"))")
        }
        return "valid: \(count(result.files.count, "file")), \(contents.joined(separator: ", ")) (\(counts))"
    }

    /// `1 error`, `2 errors`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    struct Document: Encodable {
        struct Summary: Encodable {
            var files: Int
            var configurations: Int
            var campaigns: Int
            var contacts: Int
            var errors: Int
            var warnings: Int
        }

        var formatVersion = 1
        var valid: Bool
        var summary: Summary
        var files: [String]
        var diagnostics: [Diagnostic]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version", valid, summary, files, diagnostics
        }
    }

    static func json(_ result: ManifestLoadResult) -> String {
        let state = result.state
        let summary = Document.Summary(
            files: result.files.count, configurations: state?.configurations.count ?? 0,
            campaigns: state?.campaigns.count ?? 0, contacts: state?.contactCount ?? 0,
            errors: result.errors.count, warnings: result.warnings.count)
        let document = Document(
            valid: result.errors.isEmpty, summary: summary, files: result.files, diagnostics: result.diagnostics)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }
}
