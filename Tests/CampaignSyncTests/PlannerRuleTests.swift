import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignSync
import Testing

@testable import CampaignManifest

/// The ordering rules of issue 5, one test each: configurations before the campaigns that need
/// them, deletes after the last reference, paused campaigns born empty, inline limits.
@Suite struct PlannerRuleTests {
    static let configurations = """
        configurations:
          hours:
            name: Business hours
            agent: {agent_id: agent-1}
          reminders:
            name: Reminders
            dialing_policy: {max_attempts: 5}
            agent: {agent_id: agent-2}

        """

    @Test func configurationsAreCreatedOrPatchedBeforeTheCampaignsThatNeedThem() throws {
        var org = try Fixtures.org(
            applying: """
                configurations:
                  reminders: {name: Old reminders, agent: {agent_id: agent-2}}
                campaigns:
                  moving: {name: Moving, configuration: reminders}
                """)
        let desired = try Fixtures.desired(
            Self.configurations + """
                campaigns:
                  fresh: {name: Fresh, configuration: hours}
                  remind: {name: Remind, configuration: reminders}
                  moving: {name: Moving, configuration: hours}
                """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))

        let needs = [
            ("campaign/fresh/create", "configuration/hours/create"),
            ("campaign/remind/create", "configuration/reminders/patch"),
            ("campaign/moving/patch", "configuration/hours/create"),
        ]
        for (campaign, configuration) in needs {
            let operation = try #require(plan.operation(campaign))
            #expect(
                operation.dependsOn.map(\.description).contains(configuration),
                "\(campaign) must wait for \(configuration)")
            #expect(try #require(plan.index(configuration)) < #require(plan.index(campaign)))
        }
        #expect(plan.operation("campaign/moving/patch")?.configurationKey == "hours")
        org = try Fixtures.applied(plan, to: org)
        #expect(org.campaign(externalID: "moving")?.configurationID == org.configuration(externalID: "hours")?.id)
    }

    @Test func aConfigurationIsDeletedOnlyAfterNoCampaignReferencesIt() throws {
        var org = try Fixtures.org(
            applying: """
                configurations:
                  old: {name: Old, agent: {agent_id: agent-0}}
                  hours: {name: Business hours, agent: {agent_id: agent-1}}
                campaigns:
                  moving: {name: Moving, configuration: old}
                """)
        let desired = try Fixtures.desired(
            """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            campaigns:
              moving: {name: Moving, configuration: hours}
            policy:
              prune: {configurations: true}
            """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let delete = try #require(plan.operation("configuration/old/delete"))
        #expect(delete.dependsOn.map(\.description).contains("campaign/moving/patch"))
        #expect(try #require(plan.index("campaign/moving/patch")) < #require(plan.index("configuration/old/delete")))
        org = try Fixtures.applied(plan, to: org)
        #expect(org.configuration(externalID: "old") == nil)
    }

    /// A configuration's key may be UUID-shaped; spelling the id of a live configuration that has
    /// no external_id names a new configuration, not that one, which is pruned as unnamed.
    @Test func aUUIDShapedConfigurationKeyNamesOnlyItself() throws {
        var org = try Fixtures.org(
            applying: """
                configurations:
                  legacy: {name: Legacy, agent: {agent_id: agent-0}}
                """)
        org.configurations[0].externalID = nil
        let legacyID = org.configurations[0].id
        let desired = try Fixtures.desired(
            """
            configurations:
              \(legacyID): {name: Imported, agent: {agent_id: agent-1}}
            policy:
              prune: {configurations: true}
            """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        #expect(plan.operation("configuration/\(legacyID)/create") != nil)
        #expect(plan.operation("configuration/\(legacyID)/delete")?.liveID == legacyID)
        org = try Fixtures.applied(plan, to: org)
        #expect(org.configurations.map(\.externalID) == [legacyID])
        #expect(org.configurations.first?.id != legacyID)
    }

    @Test func aConfigurationAnUnmanagedCampaignStillUsesIsKeptWithAWarning() throws {
        let org = try Fixtures.org(
            applying: """
                configurations:
                  old: {name: Old, agent: {agent_id: agent-0}}
                campaigns:
                  legacy: {name: Legacy, configuration: old, status: paused}
                """)
        let desired = try Fixtures.desired(
            """
            configurations:
              hours: {name: Business hours, agent: {agent_id: agent-1}}
            policy:
              prune: {configurations: true}
            """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        #expect(plan.operation("configuration/old/delete") == nil)
        #expect(plan.warnings.map(\.kind) == [.configurationInUse])
        #expect(plan.warnings.contains { $0.message.contains("'old'") && $0.message.contains("'legacy'") })
        #expect(plan.unmanaged.contains { $0.resource == .configuration && $0.key == "old" })
        #expect(plan.unmanaged.contains { $0.resource == .campaign && $0.key == "legacy" })
    }

    /// `live_configurations` names configurations the repository uses without managing them:
    /// pruning never deletes one, even unused, and the plan doesn't list it as unmanaged.
    @Test func aListedLiveConfigurationIsNeitherPrunedNorUnmanaged() throws {
        let org = try Fixtures.org(
            applying: """
                configurations:
                  shared: {name: Shared, agent: {agent_id: agent-0}}
                  spare: {name: Spare, agent: {agent_id: agent-0}}
                  stray: {name: Stray, agent: {agent_id: agent-0}}
                """)
        let desired = try Fixtures.desired(
            """
            live_configurations: [shared, spare]
            campaigns:
              spring: {name: Spring, configuration: shared}
            policy:
              prune: {configurations: true}
            """)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        #expect(
            plan.operations.filter { $0.resource == .configuration }.map(\.id.description) == [
                "configuration/stray/delete"
            ])
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
        #expect(!plan.unmanaged.contains { $0.resource == .configuration })
        #expect(plan.operation("campaign/spring/create") != nil)
    }

    @Test(arguments: [CampaignStatus.paused, .closed])
    func aCampaignThatShouldNotDialIsCreatedEmptyPausedAndOnlyThenGivenContacts(_ status: CampaignStatus) throws {
        var desired = try Fixtures.desired(
            Self.configurations + """
                campaigns:
                  quiet: {name: Quiet, configuration: hours, status: \(status.rawValue)}
                """)
        desired.campaigns[0].contacts = Fixtures.contacts(2500)
        let plan = try Fixtures.plan(desired, Live.snapshot())

        let create = try #require(plan.operation("campaign/quiet/create"))
        #expect(create.contacts.isEmpty)
        #expect(create.body?.objectValue?["contacts"] == nil)
        let pause = try #require(plan.operation("campaign/quiet/pause"))
        #expect(pause.dependsOn == [create.id])
        let upserts = plan.operations.filter { $0.key == "quiet" && $0.action == .upsertContacts }
        #expect(upserts.count == 3)
        for upsert in upserts {
            #expect(upsert.dependsOn.contains(pause.id))
            #expect(try #require(plan.index(upsert.id.description)) > #require(plan.index(pause.id.description)))
        }
        if status == .closed {
            let close = try #require(plan.operation("campaign/quiet/close"))
            #expect(Set(upserts.map(\.id)).isSubset(of: close.dependsOn))
        }
    }

    @Test func anExistingActiveCampaignToPauseIsPausedBeforeItGetsContacts() throws {
        let org = try Fixtures.org(
            applying: Self.configurations + "campaigns:\n  loud: {name: Loud, configuration: hours}\n")
        var desired = try Fixtures.desired(
            Self.configurations + "campaigns:\n  loud: {name: Loud, configuration: hours, status: paused}\n")
        desired.campaigns[0].contacts = Fixtures.contacts(10)
        let plan = try Fixtures.plan(desired, Fixtures.live(org, for: desired))
        let upsert = try #require(plan.operation("contacts/loud/upsert/1"))
        #expect(upsert.dependsOn.map(\.description) == ["campaign/loud/pause"])
    }

    /// Up to 5000 inline on the create, the rest in upserts of at most 1000, each after the create.
    @Test(arguments: [(1, 0), (5000, 0), (5001, 1), (7345, 3), (12_000, 7)])
    func anActiveCampaignGetsUpTo5000ContactsInlineAndTheRestInBatchesOf1000(_ count: Int, _ batches: Int) throws {
        var desired = try Fixtures.desired(
            Self.configurations + "campaigns:\n  busy: {name: Busy, configuration: hours}\n")
        desired.campaigns[0].contacts = Fixtures.contacts(count)
        let plan = try Fixtures.plan(desired, Live.snapshot())

        let create = try #require(plan.operation("campaign/busy/create"))
        #expect(create.contacts.count == min(count, 5000))
        #expect(create.body?.objectValue?["contacts"] == .array(create.contacts.compactMap { $0.item?.json }))
        let upserts = plan.operations.filter { $0.action == .upsertContacts }
        #expect(upserts.count == batches)
        #expect(upserts.allSatisfy { $0.contacts.count <= 1000 && $0.dependsOn == [create.id] })
        let sent = plan.contactChanges("busy").compactMap(\.externalID)
        #expect(sent.count == count && Set(sent).count == count)
    }
}
