import AnyreachAPI
import AnyreachModel
import CampaignManifest
import Foundation

/// Drift as text, JSON or markdown, sensitive values masked like plans.
public struct DriftRenderer: Sendable {
    public var masking: Masking
    public var color: Bool

    public init(masking: Masking, color: Bool) {
        self.masking = masking
        self.color = color
    }

    public func text(_ report: DriftReport) -> String {
        let header = PlanTextRenderer(masking: masking, color: false).header(report.scope).replacingPrefix(
            "campaignctl plan", with: "campaignctl drift")
        var lines = [header] + (PlanTextRenderer.targetNote(report.scope).map { [$0] } ?? []) + [""]
        for item in report.items { lines += describe(item) }
        if !report.items.isEmpty { lines.append("") }
        lines.append(report.summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ item: DriftReport.Item) -> [String] {
        let (symbol, code) = Self.symbol(item.driftClass)
        let location = item.source.map { "  (\($0.fileAndLine))" } ?? ""
        var lines = [
            "\(paint(symbol, code)) \(item.driftClass.rawValue.replacingOccurrences(of: "_", with: " ")): \(item.resource.rawValue) \"\(item.key)\""
                + (item.detail.map { ": \($0)" } ?? "") + location
        ]
        for change in item.changes where change.before != nil || change.after != nil {
            lines.append(
                "      \(change.field): live \(masking.show(change.before, sensitive: change.sensitive)), manifests \(masking.show(change.after, sensitive: change.sensitive))"
            )
        }
        if let advice = Self.adoptOrIgnore(item) { lines.append("      " + advice) }
        return lines
    }

    /// What to do about a live configuration or campaign the repository doesn't name.
    static func adoptOrIgnore(_ item: DriftReport.Item) -> String? {
        guard item.driftClass == .unmanaged else { return nil }
        let (word, scalar) = (shellQuoted(item.key), yamlQuoted(item.key))
        switch item.resource {
        case .campaign:
            return
                "adopt: campaignctl export --campaign \(word) --out DIR; or ignore: policy.ignore.campaigns: [\(scalar)]"
        case .configuration:
            return "adopt: campaignctl export --out DIR; or ignore: policy.ignore.configurations: [\(scalar)]"
        case .contacts, .concurrency:
            return nil
        }
    }

    /// A key as one shell word: bare when it is plain, else single-quoted.
    static func shellQuoted(_ text: String) -> String {
        isPlain(text) ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A key as one YAML flow scalar: bare when it is plain, else double-quoted like JSON.
    static func yamlQuoted(_ text: String) -> String {
        isPlain(text) ? text : JSONValue.string(text).compactString()
    }

    private static func isPlain(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-")
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
            }
    }

    public func json(_ report: DriftReport) -> String {
        var shown = report
        shown.items = report.items.map { item in
            var copy = item
            copy.changes = item.changes.map { change in
                var masked = change
                masked.before = masking.json(change.before, sensitive: change.sensitive)
                masked.after = masking.json(change.after, sensitive: change.sensitive)
                return masked
            }
            return copy
        }
        return PlanJSONRenderer.encode(shown)
    }

    public func markdown(_ report: DriftReport) -> String {
        var lines = ["### campaignctl drift", "", report.summaryLine, ""]
        if let note = PlanTextRenderer.targetNote(report.scope) { lines += ["> \(note)", ""] }
        if !report.inSync {
            lines += [
                "| changed live | missing live | unmanaged live |", "|---|---|---|",
                "| \(report.count(.changed)) | \(report.count(.missing)) | \(report.count(.unmanaged)) |", "",
            ]
            var plain = self
            plain.color = false
            let body = report.items.flatMap(plain.describe)
            lines +=
                ["<details><summary>\(report.items.count) difference(s)</summary>", "", "```"] + body.prefix(2000) + [
                    "```", "</details>",
                ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func symbol(_ driftClass: DriftReport.Class) -> (String, String) {
        switch driftClass {
        case .changed: ("~", "33")
        case .missing: ("+", "32")
        case .unmanaged: ("?", "36")
        }
    }
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
