import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// A saved plan reads back as the plan that was saved; a file that isn't one, or is in another
/// format (older or newer), is refused with one line that names the file and the fix.
@Suite struct SavedPlanFormatTests {
    @Test func aSavedPlanReadsBackAsSaved() throws {
        let examples = try Examples(leads: 5)
        defer { examples.remove() }
        let plan = try examples.plan(.empty)
        let bytes = try SavedPlan.encode(plan)
        let saved = try SavedPlan(decoding: bytes, name: "plan.json")
        #expect(saved.plan.scope == plan.scope)
        #expect(saved.plan.operations == plan.operations, "every step, payload, change and contact, nulls included")
        #expect(try SavedPlan.encode(saved.plan) == bytes)
    }

    @Test(arguments: [
        ("not json", SavedPlanError.Kind.notAPlan, "is not a saved plan: it is not a JSON object"),
        ("[1, 2]", .notAPlan, "is not a saved plan: it is not a JSON object"),
        (#"{"operations": []}"#, .notAPlan, "has no format_version"),
        (#"{"format_version": 0, "steps": []}"#, .olderFormat, "was saved by an older campaignctl (plan format 0)"),
        (#"{"format_version": 99}"#, .newerFormat, "was saved by a newer campaignctl (plan format 99)"),
        (
            "{\"format_version\": \(Plan.formatVersion), \"operations\": []}", .damaged,
            "is a damaged plan file ('scope' is missing)"
        ),
    ])
    func aFileThatIsNotAPlanInThisFormatIsRefused(text: String, kind: SavedPlanError.Kind, message: String) {
        #expect {
            _ = try SavedPlan(decoding: Data(text.utf8), name: "old.json")
        } throws: { error in
            guard let error = error as? SavedPlanError else { return false }
            let said = error.description
            #expect(error.kind == kind && error.name == "old.json")
            #expect(said.hasPrefix("'old.json' ") && said.contains(message), "\(said)")
            #expect(!said.contains("\n") && !said.contains("Error Domain"), "one line: \(said)")
            return true
        }
    }

    @Test func anOlderFormatSaysToPlanAgain() throws {
        #expect(Plan.formatVersion >= 1, "format 0 is older than every format this reads")
        let error = try #require(throws: SavedPlanError.self) {
            try SavedPlan(decoding: Data(#"{"format_version": 0}"#.utf8), name: "plan.json")
        }
        #expect(error.description.contains("this campaignctl reads plan format \(Plan.formatVersion): plan again"))
    }

    @Test func aWarningKeepsItsKindHintAndLineThroughThePlanFile() throws {
        let examples = try Examples(leads: 1)
        defer { examples.remove() }
        var plan = try examples.plan(.empty)
        let line = SourceLocation(file: "org.yaml", line: 3, column: 5)
        plan.warnings = [.warning(.massDelete, at: line, "deleting 3 of 4", hint: "check the manifests")]
        let saved = try SavedPlan(decoding: SavedPlan.encode(plan), name: "plan.json")
        #expect(saved.plan.warnings == plan.warnings)
    }

    /// Plans saved before warnings had kinds still load: their warnings get the generic kind.
    @Test func aWarningSavedWithoutAKindLoadsAsAPlanWarning() throws {
        let examples = try Examples(leads: 1)
        defer { examples.remove() }
        let bytes = try SavedPlan.encode(try examples.plan(.empty))
        guard case .object(var document) = try JSONValue.parse(bytes) else { throw CancellationError() }
        document["warnings"] = [["message": "kept", "source": ["file": "org.yaml", "line": 3, "column": 5]]]
        let saved = try SavedPlan(decoding: JSONValue.object(document).compactData(), name: "plan.json")
        #expect(saved.plan.warnings.map(\.kind) == [.planWarning])
        #expect(saved.plan.warnings.map(\.message) == ["kept"])
        #expect(saved.plan.warnings.first?.location?.line == 3)
    }
}
