import AnyreachAPI
import AnyreachModel
import CampaignSync
import Foundation
import TestSupport
import Testing

/// The three renderers on the examples, against goldens in `Golden/` (`RECORD_GOLDEN=1`
/// rewrites them). The examples' CSV is cut to 20 leads so that the JSON stays reviewable.
@Suite struct RendererGoldenTests {
    static let golden = Golden(testTarget: "CampaignSyncTests")

    enum Format: String, CaseIterable, Sendable {
        case text, json, markdown

        var fileExtension: String { ["text": "txt", "json": "json", "markdown": "md"][rawValue]! }

        func render(_ plan: Plan, masking: Masking) -> String {
            switch self {
            case .text: PlanTextRenderer(masking: masking, color: false).render(plan)
            case .json: PlanJSONRenderer(masking: masking).render(plan)
            case .markdown: PlanMarkdownRenderer(masking: masking).render(plan)
            }
        }
    }

    @Test(arguments: Examples.Scenario.allCases, [false, true])
    func everyRendererMatchesItsGolden(_ scenario: Examples.Scenario, _ showSensitive: Bool) throws {
        let examples = try Examples(leads: 20)
        defer { examples.remove() }
        let plan = try examples.plan(scenario)
        for format in Format.allCases {
            let rendered = examples.relative(format.render(plan, masking: Masking(showSensitive: showSensitive)))
            let name = "\(scenario.rawValue)-\(showSensitive ? "sensitive" : "masked").\(format.fileExtension)"
            try Self.golden.check(rendered, name: name)
        }
    }

    @Test func markdownMarksWhereTheBudgetCutItShort() throws {
        let examples = try Examples(leads: 20)
        defer { examples.remove() }
        let plan = try examples.plan(.empty)
        let short = PlanMarkdownRenderer(masking: Masking(showSensitive: false), budget: 2000).render(plan)
        #expect(short.contains("… truncated:"))
        #expect(short.count <= 2000, "\(short.count) characters over a budget of 2000")
        #expect(short.hasSuffix(PlanSummary(plan).line + "\n"), "the summary line survives truncation")
        let full = PlanMarkdownRenderer(masking: Masking(showSensitive: false)).render(plan)
        #expect(!full.contains("truncated"))
    }

    /// Whatever the budget, the comment stays within it (the head, the counts table and the
    /// summary always fit these).
    @Test(arguments: Examples.Scenario.allCases)
    func markdownNeverExceedsItsBudget(_ scenario: Examples.Scenario) throws {
        let examples = try Examples(leads: 20)
        defer { examples.remove() }
        let plan = try examples.plan(scenario)
        for budget in stride(from: 900, through: 6000, by: 13) {
            let rendered = PlanMarkdownRenderer(masking: Masking(showSensitive: false), budget: budget).render(plan)
            #expect(rendered.count <= budget, "\(rendered.count) characters over a budget of \(budget)")
        }
    }

    @Test func theTextRendererPaintsOnlyWhenAsked() throws {
        let examples = try Examples(leads: 10)
        defer { examples.remove() }
        let plan = try examples.plan(.changed)
        let painted = PlanTextRenderer(masking: Masking(showSensitive: false), color: true).render(plan)
        let plain = PlanTextRenderer(masking: Masking(showSensitive: false), color: false).render(plan)
        #expect(painted.contains("\u{1B}["))
        #expect(!plain.contains("\u{1B}"))
        #expect(painted.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }
}
