import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import CampaignManifest

/// What `policy.suppress` does to a plan: live contacts that are suppressed go whatever the prune
/// setting (deferred mid-call, left when already done), unmanaged ones lose their listed
/// numbers, the mass-delete guard doesn't weigh those deletes, and every rendering says so with
/// the numbers masked.
@Suite struct SuppressionPlanTests {
    static let base = """
        configurations:
          hours: {name: Business hours, agent: {agent_id: agent-1}}
        campaigns:
          spring:
            name: Spring
            configuration: hours
            status: paused
            contacts:
              - {external_id: withheld, phone_numbers: ["+14155550101"]}
              - {external_id: trimmed, phone_numbers: ["+14155550102", "+14155550103"]}
              - {external_id: mid-call, phone_numbers: ["+14155550104"]}
              - {external_id: done, phone_numbers: ["+14155550105"]}
              - {external_id: unmanaged, phone_numbers: ["+14155550106"]}
              - {external_id: partly, phone_numbers: ["+14155550107", "+14155550108"]}
              - {external_id: kept, phone_numbers: ["+14155550109"]}

        """

    /// The org after `base`, with `mid-call` in progress and `done` completed.
    static func org() throws -> ContractModel {
        var org = try Fixtures.org(applying: base)
        let (campaign, midCall) = org.at("mid-call", in: "spring")
        org.campaigns[campaign].contacts[midCall].status = .inProgress
        let (_, done) = org.at("done", in: "spring")
        org.campaigns[campaign].contacts[done].status = .completed
        return org
    }

    /// `base` without the contacts only the org has now, the rest checked with `numbers` listed.
    static func desired(listing numbers: [String], keeping: [String] = ["withheld", "trimmed", "kept"]) throws
        -> DesiredState
    {
        var desired = try Fixtures.desired(base)
        desired.campaigns[0].contacts.removeAll { !keeping.contains($0.externalID) }
        desired.policy.suppression = list(numbers)
        desired.campaigns[0].suppressed = SuppressionFilter(list: desired.policy.suppression)
            .apply(to: &desired.campaigns[0].contacts)
        return desired
    }

    static func list(_ numbers: [String]) -> SuppressionList {
        var list = SuppressionList()
        let location = SourceLocation(file: "dnc.txt", line: 1, column: 1)
        list.add(
            .init(path: "dnc.txt", count: numbers.count, location: location),
            numbers: Set(numbers.compactMap(SuppressionList.key(ofE164:))))
        return list
    }

    static let listed = [
        "+14155550101", "+14155550102", "+14155550104", "+14155550105", "+14155550106", "+14155550107",
    ]

    @Test func suppressedLiveContactsGoWhateverPruneSays() throws {
        let org = try Self.org()
        let desired = try Self.desired(listing: Self.listed)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let changes = Dictionary(
            plan.contactChanges("spring").map { ($0.externalID ?? "?", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(changes["withheld"]?.kind == .delete && changes["withheld"]?.reason == .suppressed)
        #expect(changes["unmanaged"]?.kind == .delete && changes["unmanaged"]?.reason == .suppressed)
        #expect(changes["mid-call"]?.kind == .deferredDelete && changes["mid-call"]?.reason == .suppressed)
        #expect(changes["done"] == nil, "completed: never dialled again, its history kept")
        #expect(changes["trimmed"]?.kind == .update && changes["trimmed"]?.fields == ["phone_numbers"])
        #expect(changes["trimmed"]?.item?.state.phoneNumbers == ["+14155550103"])
        #expect(
            changes["partly"]?.reason == .suppressed && changes["partly"]?.item?.state.phoneNumbers == ["+14155550108"])
        #expect(changes["kept"] == nil)

        let report = try #require(plan.suppressed.first)
        #expect(report.key == "spring" && report.withheld.map(\.externalID) == ["withheld"])
        #expect(report.trimmedContacts == 1 && report.removedNumbers == 1)
        #expect((report.liveDeletes, report.liveUpdates, report.liveDone) == (3, 1, 1))
    }

    @Test func afterApplyingItThePlanIsEmpty() throws {
        var org = try Self.org()
        let desired = try Self.desired(listing: Self.listed)
        org = try Fixtures.applied(try Fixtures.plan(desired, Fixtures.live(org, for: desired)), to: org)
        let (campaign, midCall) = org.at("mid-call", in: "spring")
        org.campaigns[campaign].contacts[midCall].status = .completed
        let again = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        #expect(again.operations.isEmpty, "\(again.operations.map(\.id))")
        #expect(
            org.campaign(externalID: "spring")?.contacts.compactMap(\.externalID).sorted() == [
                "done", "kept", "mid-call", "partly", "trimmed",
            ])
    }

    /// Fifteen of twenty contacts deleted: refused when the manifests drop them, planned when the
    /// list does.
    @Test(arguments: [true, false])
    func theMassDeleteGuardDoesNotCountSuppressedDeletes(_ bySuppression: Bool) throws {
        var before = try Fixtures.desired(
            """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              big: {name: Big, configuration: hours, status: paused, prune_contacts: true}
            """)
        before.campaigns[0].contacts = Fixtures.contacts(20)
        let empty = ContractModel()
        let org = try Fixtures.applied(try Fixtures.plan(before, Fixtures.live(empty, for: before)), to: empty)
        var desired = before
        let gone = desired.campaigns[0].contacts.prefix(15).flatMap(\.state.phoneNumbers)
        if bySuppression {
            desired.policy.suppression = Self.list(gone)
            desired.campaigns[0].suppressed = SuppressionFilter(list: desired.policy.suppression)
                .apply(to: &desired.campaigns[0].contacts)
        } else {
            desired.campaigns[0].contacts.removeFirst(15)
        }
        let failure = Fixtures.failure(desired, Fixtures.live(org, for: desired))
        #expect((failure != nil) == !bySuppression, "\(failure.map(\.description) ?? "planned")")
    }

    @Test func renderingsNameWhatWasSuppressedWithTheNumbersMasked() throws {
        let org = try Self.org()
        let desired = try Self.desired(listing: Self.listed)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let masking = Masking(showSensitive: false)
        let text = PlanTextRenderer(masking: masking, color: false).render(plan)
        let markdown = PlanMarkdownRenderer(masking: masking).render(plan)
        let json = PlanJSONRenderer(masking: masking).render(plan)
        for output in [text, markdown, json] {
            #expect(!output.contains("555010"), "a number shows:\n\(output)")
        }
        #expect(text.contains("Suppressed by policy.suppress (not called):"))
        #expect(
            text.contains(
                "contacts of \"spring\": 1 not uploaded (every number suppressed); 1 uploaded without 1 suppressed number(s); 3 live contact(s) deleted; 1 live contact(s) stripped of suppressed numbers; 1 live contact(s) already completed or exhausted, left with their history"
            ), "\(text)")
        #expect(text.contains("      ! withheld (sensitive #"), "\(text)")
        #expect(
            text.contains("- unmanaged (suppressed)") && text.contains("-? mid-call (suppressed; mid-call"), "\(text)")
        #expect(markdown.contains("Suppressed by <code>policy.suppress</code>: 1 contact(s) not uploaded"))
        let document = try JSONValue.parse(Data(json.utf8))
        guard case .array(let reports)? = document.objectValue?["suppressed"],
            case .array(let contacts)? = reports.first?.objectValue?["withheld"]
        else {
            Issue.record("no suppressed[].withheld in the JSON plan:\n\(json)")
            return
        }
        let withheld = contacts.first?.objectValue
        #expect(withheld?["external_id"] == "withheld")
        #expect(withheld?["phone_numbers"]?.stringValue?.hasPrefix("(sensitive #") == true)
    }

    @Test func aSavedPlanKeepsWhatSuppressionDid() throws {
        let org = try Self.org()
        let desired = try Self.desired(listing: Self.listed)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let decoded = try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan))
        #expect(decoded.suppressed == plan.suppressed)
        #expect(
            decoded.operations.flatMap(\.contacts).map(\.reason) == plan.operations.flatMap(\.contacts).map(\.reason))
    }
}
