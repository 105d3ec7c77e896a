import AnyreachModel
import CampaignSync
import Testing

/// A pull-request comment holds at most 65,536 characters: a change of 100,000 contacts still
/// fits, names deletes first as far as the budget goes, and says plainly that it was cut.
@Suite struct MarkdownBudgetTests {
    @Test func aHundredThousandContactChangeFitsAGitHubCommentAndSaysWhereItWasCut() throws {
        let examples = try Examples(leads: 1)
        defer { examples.remove() }
        var plan = try examples.plan(.empty)
        let deletes = (0..<60_000).map { ContactChange(kind: .delete, externalID: "gone-\($0)", liveID: "id-\($0)") }
        let adds = (0..<40_000).map { ContactChange(kind: .add, externalID: "new-\($0)") }
        plan.operations = [
            PlanOperation(
                id: OperationID(.contacts, "big", .deleteContacts), step: .deleteContacts, key: "big", liveID: "c-1",
                contacts: deletes),
            PlanOperation(
                id: OperationID(.contacts, "big", .upsertContacts, batch: 1), step: .upsertContacts, key: "big",
                liveID: "c-1", contacts: adds),
        ]
        let markdown = PlanMarkdownRenderer(masking: Masking(showSensitive: false)).render(plan)
        #expect(markdown.count < 65_536, "\(markdown.count) characters")
        #expect(markdown.contains("contacts +40000 ~0 -60000"), "the fold's summary counts everything")
        #expect(markdown.contains("-       gone-0\n"), "deletes come first, named")
        #expect(!markdown.contains("new-0\n"), "adds wait until every delete is named")
        let cut = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("… ") && $0.contains("not shown") })
        let named = markdown.split(separator: "\n").filter { $0.hasPrefix("-       gone-") }.count
        let counted = Int(cut.dropFirst(2).prefix { $0.isNumber }) ?? 0
        #expect(counted >= 60_000 - named, "every delete not named is counted: \(cut)")
        #expect(named > 1_000, "as many deletes as the budget holds: \(named)")
        #expect(markdown.hasSuffix(PlanSummary(plan).line + "\n"), "the summary line closes the comment")
    }
}
