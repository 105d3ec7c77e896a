import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignSync
import Foundation
import Testing

@testable import CampaignManifest

/// The safety rules of issue 5, one test each: closed is final, no delete mid-call, the
/// mass-delete guard, and unmanaged resources left alone unless the prune policy says so.
@Suite struct SafetyRuleTests {
    static let base = """
        configurations:
          hours: {name: Business hours, agent: {agent_id: agent-1}}
        campaigns:
          done:
            name: Done
            configuration: hours
            status: closed
            contacts:
              - {external_id: c1, phone_numbers: ["+14155550101"]}
              - {external_id: c2, phone_numbers: ["+14155550102"]}

        """

    /// How the manifest differs from the closed campaign live.
    enum ClosedChange: String, CaseIterable {
        case reopen, pause, rename, newContact, changedContact
    }

    static func manifest(_ change: ClosedChange) -> String {
        let status = ["reopen": "active", "pause": "paused"][change.rawValue] ?? "closed"
        let name = change == .rename ? "Done again" : "Done"
        let contact = change == .changedContact ? "+14155550199" : "+14155550102"
        let extra = change == .newContact ? "\n      - {external_id: c3, phone_numbers: [\"+14155550103\"]}" : ""
        return """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              done:
                name: \(name)
                configuration: hours
                status: \(status)
                contacts:
                  - {external_id: c1, phone_numbers: ["+14155550101"]}
                  - {external_id: c2, phone_numbers: ["\(contact)"]}\(extra)
            """
    }

    @Test(arguments: ClosedChange.allCases)
    func aCampaignClosedLiveCantBeReopenedOrGivenContactsAndThePlanFailsNamingTheLine(_ change: ClosedChange) throws {
        let org = try Fixtures.org(applying: Self.base)
        let desired = try Fixtures.desired(Self.manifest(change), name: "closed.yaml")
        let failure = try #require(Fixtures.failure(desired, Fixtures.live(org, for: desired)))
        let problem = try #require(failure.problems.first)
        #expect(problem.kind == .closedCampaign && problem.message.contains("'done'"))
        let expectedLine =
            switch change {
            case .reopen, .pause: 7
            case .rename: 5
            case .newContact, .changedContact: 4
            }
        #expect(problem.location?.file == "closed.yaml")
        #expect(problem.location?.line == expectedLine, "\(failure)")
        #expect(failure.description.contains("closed.yaml:\(expectedLine):"))
    }

    @Test func theContactsOfAClosedCampaignCanStillBePruned() throws {
        var org = try Fixtures.org(applying: Self.base)
        let desired = try Fixtures.desired(
            Self.base.replacingOccurrences(
                of: "    status: closed", with: "    status: closed\n    prune_contacts: true"
            )
            .replacingOccurrences(of: "      - {external_id: c2, phone_numbers: [\"+14155550102\"]}\n", with: ""))
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        #expect(plan.ids == ["contacts/done/delete"])
        #expect(plan.operation("contacts/done/delete")?.contacts.map(\.externalID) == ["c2"])
        org = try Fixtures.applied(plan, to: org)
        #expect(org.campaign(externalID: "done")?.contacts.map(\.externalID) == ["c1"])
    }

    @Test(arguments: [
        (Components.Schemas.ContactStatus.locked, true), (.inProgress, true), (.pending, false), (.completed, false),
        (.exhausted, false),
    ])
    func deletingAContactMidCallIsDeferredWithAWarning(_ status: Components.Schemas.ContactStatus, _ deferred: Bool)
        throws
    {
        var org = try Fixtures.org(
            applying: Self.base.replacingOccurrences(of: "status: closed", with: "status: active"))
        let (campaign, contact) = org.at("c2", in: "done")
        org.campaigns[campaign].contacts[contact].status = status
        let desired = try Fixtures.desired(
            Self.base.replacingOccurrences(of: "status: closed", with: "status: active\n    prune_contacts: true")
                .replacingOccurrences(of: "      - {external_id: c2, phone_numbers: [\"+14155550102\"]}\n", with: ""))
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let delete = try #require(plan.operation("contacts/done/delete"))
        #expect(delete.contacts.map(\.kind) == [deferred ? .deferredDelete : .delete])
        #expect(plan.warnings.contains { $0.kind == .deferredDelete } == deferred)
        #expect(PlanSummary(plan).contactsDeferred == (deferred ? 1 : 0))
    }

    // MARK: - Mass-delete guard

    /// A campaign of `live` contacts of which the manifest keeps `live - deleting`.
    @Test(arguments: [
        (live: 100, deleting: 30, percent: 10, floor: 25, refused: true),
        (live: 100, deleting: 25, percent: 10, floor: 25, refused: false),  // at the floor
        (live: 1000, deleting: 30, percent: 10, floor: 25, refused: false),  // 3%, under the percentage
        (live: 100, deleting: 30, percent: 50, floor: 25, refused: false),
        (live: 100, deleting: 100, percent: 99, floor: 0, refused: true),
    ])
    func theMassDeleteGuardRefusesAboveBothThresholdsUnlessAllowed(
        live: Int, deleting: Int, percent: Int, floor: Int, refused: Bool
    ) throws {
        let text = """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              big: {name: Big, configuration: hours, prune_contacts: true}
            policy:
              mass_delete: {max_percent: \(percent), min_count: \(floor)}
            """
        var before = try Fixtures.desired(text)
        before.campaigns[0].contacts = Fixtures.contacts(live)
        let empty = ContractModel()
        let org = try Fixtures.applied(try Fixtures.plan(before, Fixtures.live(empty, for: before)), to: empty)
        var desired = before
        desired.campaigns[0].contacts.removeLast(deleting)

        let failure = Fixtures.failure(desired, Fixtures.live(org, for: desired))
        #expect((failure != nil) == refused, "\(failure?.description ?? "planned")")
        if refused {
            #expect(failure?.problems.first?.kind == .massDelete)
            #expect(failure?.problems.first?.hint?.contains("--allow-mass-delete") == true)
            #expect(failure?.problems.first?.location == desired.policy.location)
            let allowed = try Fixtures.plan(desired, Fixtures.live(org, for: desired), allowMassDelete: true)
            #expect(allowed.contactChanges("big").count == deleting)
            #expect(allowed.warnings.map(\.kind) == [.massDelete])
        }
    }

    /// One campaign emptied in an org whose other contacts dwarf it: a truncated export must not
    /// slip under an org-wide percentage.
    @Test func theMassDeleteGuardCountsEachCampaignsContacts() throws {
        var before = try Fixtures.desired(
            """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              large: {name: Large, configuration: hours, prune_contacts: true}
              small: {name: Small, configuration: hours, prune_contacts: true}
            policy:
              mass_delete: {max_percent: 10, min_count: 25}
            """)
        before.campaigns[0].contacts = Fixtures.contacts(2000, prefix: "large")
        before.campaigns[1].contacts = Fixtures.contacts(100, prefix: "small")
        let empty = ContractModel()
        let org = try Fixtures.applied(try Fixtures.plan(before, Fixtures.live(empty, for: before)), to: empty)
        var desired = before
        desired.campaigns[1].contacts = []
        let failure = try #require(Fixtures.failure(desired, Fixtures.live(org, for: desired)))
        #expect(failure.problems.map(\.kind) == [.massDelete])
        #expect(failure.problems[0].message.contains("'small'"))
    }

    @Test func theMassDeleteGuardCountsPrunedConfigurationsAndCampaigns() throws {
        let org = try Fixtures.org(
            applying: """
                configurations:
                  a: {name: A, agent: {agent_id: agent-1}}
                  b: {name: B, agent: {agent_id: agent-1}}
                  c: {name: C, agent: {agent_id: agent-1}}
                campaigns:
                  x: {name: X, configuration: a}
                  y: {name: Y, configuration: a}
                """)
        let desired = try Fixtures.desired(
            """
            configurations:
              a: {name: A, agent: {agent_id: agent-1}}
            policy:
              prune: {configurations: true, campaigns: true}
              mass_delete: {max_percent: 50, min_count: 1}
            """)
        let failure = try #require(Fixtures.failure(desired, Fixtures.live(org, for: desired)))
        #expect(failure.problems.map(\.kind) == [.massDelete, .massDelete])
        #expect(failure.description.contains("2 of 3 live configurations"))
        #expect(failure.description.contains("2 of 2 live campaigns"))
    }

    // MARK: - Unmanaged resources

    @Test(arguments: [false, true])
    func unmanagedResourcesAreListedAndOnlyDeletedWithPrune(_ prune: Bool) throws {
        var org = try Fixtures.org(
            applying: """
                configurations:
                  hours: {name: Business hours, agent: {agent_id: agent-1}}
                  spare: {name: Spare, agent: {agent_id: agent-1}}
                campaigns:
                  kept:
                    name: Kept
                    configuration: hours
                    contacts:
                      - {external_id: k1, phone_numbers: ["+14155550101"]}
                      - {external_id: k2, phone_numbers: ["+14155550102"]}
                  stray: {name: Stray, configuration: hours}
                adhoc_contacts:
                  contacts:
                    - {external_id: a1, phone_numbers: ["+14155550111"]}
                """)
        let desired = try Fixtures.desired(
            """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              kept:
                name: Kept
                configuration: hours
                contacts:
                  - {external_id: k1, phone_numbers: ["+14155550101"]}
            adhoc_contacts:
              prune: \(prune)
              contacts: []
            policy:
              prune: {configurations: \(prune), campaigns: \(prune), contacts: \(prune)}
              mass_delete: {max_percent: 100, min_count: 0}
            """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let listed = Set(plan.unmanaged.map { "\($0.resource.rawValue)/\($0.key)" })
        if prune {
            #expect(
                Set(plan.ids) == [
                    "campaign/stray/close", "contacts/kept/delete", "contacts/default/delete",
                    "configuration/spare/delete",
                ])
            #expect(listed.isEmpty)
            org = try Fixtures.applied(plan, to: org)
            #expect(org.campaign(externalID: "stray")?.status == .closed)
            #expect(org.configuration(externalID: "spare") == nil && org.adHoc.isEmpty)
        } else {
            #expect(plan.ids.isEmpty)
            #expect(listed == ["configuration/spare", "campaign/stray", "contacts/kept", "contacts/default"])
        }
    }
}
