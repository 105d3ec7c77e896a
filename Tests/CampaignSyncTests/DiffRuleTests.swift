import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import CampaignSync
import Testing

/// What is and isn't a difference: server-owned fields never are, both sides are normalized the
/// same way (so nothing differs forever), and a field the manifest leaves out is cleared.
@Suite struct DiffRuleTests {
    static let configurationID = Live.uuid(1)
    static let campaignID = Live.uuid(2)

    /// One paused campaign `c` on configuration `hours` whose one contact is `contact` (a flow
    /// mapping's inside, after `external_id: c1`).
    static func manifest(contact: String, configuration: String = "hours: {name: Hours, agent: {agent_id: agent-1}}")
        -> String
    {
        """
        configurations:
          \(configuration)
        campaigns:
          c:
            name: C
            configuration: hours
            status: paused
            contacts:
              - {external_id: c1, \(contact)}
        """
    }

    static var hours: Configuration {
        Live.configuration(
            id: configurationID, externalID: "hours",
            fields: [
                "name": "Hours", "schedule": Live.configurationDefaults["schedule"]!,
                "dialing_policy": Live.configurationDefaults["dialing_policy"]!,
                "agent": ["agent_id": "agent-1", "agent_version": nil],
            ])
    }

    /// The contact `c1` as the API sends it: `fields` is JSON text of its managed fields.
    static func wireContact(
        _ fields: String, status: String = "pending", attempts: String = "[]",
        id: String = Live.uuid(3), stamp: String = Live.createdAt
    ) -> Contact {
        Live.decode(
            Contact.self,
            text: """
                {"id": "\(id)", "external_id": "c1", "campaign_id": "\(campaignID)", \(fields),
                 "status": "\(status)", "attempts": \(attempts), "created_at": "\(stamp)", "updated_at": "\(stamp)"}
                """)
    }

    static func org(_ contact: Contact, configuration: Configuration = hours) -> OrgSnapshot {
        Live.snapshot(
            configurations: [configuration],
            campaigns: [
                Live.campaign(
                    id: campaignID, externalID: "c", name: "C", configurationID: configurationID, status: .paused)
            ],
            contacts: [campaignID: [contact]])
    }

    @Test func serverOwnedFieldsNeverMakeADifference() throws {
        let desired = try Fixtures.desired(
            Self.manifest(
                contact: """
                    phone_numbers: ["+14155550101"], timezone: America/Chicago, data: {plan: gold}
                    """))
        let fields = #""phone_numbers": ["+14155550101"], "timezone": "America/Chicago", "data": {"plan": "gold"}"#
        let attempt =
            #"[{"id": "\#(Live.uuid(77))", "phone_number": "+14155550101", "conversation_id": "conv-1", "outcome": "no_answer", "started_at": "2027-02-01T10:00:00Z", "ended_at": "2027-02-01T10:01:00Z"}]"#
        for status in ["pending", "locked", "in_progress", "completed", "exhausted"] {
            let contact = Self.wireContact(
                fields, status: status, attempts: attempt, id: Live.uuid(4242), stamp: "2027-03-09T17:45:12Z")
            let plan = try Fixtures.plan(desired, Self.org(contact))
            #expect(plan.operations.isEmpty, "status \(status): \(plan.ids)")
        }
    }

    /// Each case: the manifest's contact and the same contact as the API returns it.
    @Test(arguments: [
        (
            "phones as written vs E.164", #"phone_numbers: ["(312) 754-5782", "0044 20 7946 0018", "1-415-555-0123"]"#,
            #""phone_numbers": ["+13127545782", "+442079460018", "+14155550123"], "data": {}"#
        ),
        (
            "integral doubles vs ints in data",
            "phone_numbers: [\"+14155550101\"], data: {amount: 5, ratio: 2.0, list: [1, 2.0], nested: {n: 1}}",
            #""phone_numbers": ["+14155550101"], "data": {"amount": 5.0, "ratio": 2, "list": [1.0, 2], "nested": {"n": 1.0}}"#
        ),
        (
            "key order",
            "phone_numbers: [\"+14155550101\"], data: {b: 1, a: {y: 2, x: 1}}, agent_config: {voice: calm, speed: 1}",
            #""phone_numbers": ["+14155550101"], "data": {"a": {"x": 1, "y": 2}, "b": 1}, "agent_config": {"speed": 1, "voice": "calm"}"#
        ),
        (
            "scheduled_at with an offset",
            "phone_numbers: [\"+14155550101\"], scheduled_at: \"2027-12-02T11:30:00+02:00\"",
            #""phone_numbers": ["+14155550101"], "data": {}, "scheduled_at": "2027-12-02T09:30:00Z""#
        ),
        (
            "scheduled_at with fractional seconds",
            "phone_numbers: [\"+14155550101\"], scheduled_at: \"2027-12-02T09:30:00.750Z\"",
            #""phone_numbers": ["+14155550101"], "data": {}, "scheduled_at": "2027-12-02T09:30:00Z""#
        ),
        (
            "explicit nulls vs absent", "phone_numbers: [\"+14155550101\"], timezone: null, data: null",
            #""phone_numbers": ["+14155550101"], "data": {}, "timezone": null, "agent_id": null"#
        ),
    ])
    func normalizationNeverMakesAPerpetualDifference(_ name: String, _ manifest: String, _ wire: String) throws {
        let desired = try Fixtures.desired(Self.manifest(contact: manifest))
        let plan = try Fixtures.plan(desired, Self.org(Self.wireContact(wire)))
        #expect(plan.operations.isEmpty, "\(name): \(plan.operations.flatMap(\.contacts).map(\.fields))")
    }

    /// The manifest says little; the server filled in the rest (§6.1).
    @Test(arguments: [
        "hours: {name: Hours, agent: {agent_id: agent-1}}",
        "hours: {name: Hours, agent: {agent_id: agent-1, agent_version: null}, dialing_policy: {max_attempts: 3}}",
        "hours: {name: Hours, agent: {agent_id: agent-1}, schedule: {default_timezone: America/New_York, scheduled_windows: null}}",
    ])
    func serverDefaultsOfConfigurationsAreNoDifference(_ configuration: String) throws {
        let desired = try Fixtures.desired(
            Self.manifest(contact: #"phone_numbers: ["+14155550101"]"#, configuration: configuration))
        let wire = Live.decode(
            Configuration.self,
            text: """
                {"id": "\(Self.configurationID)", "external_id": "hours", "name": "Hours",
                 "schedule": {"default_timezone": "America/New_York", "default_windows": [], "overrides": [],
                              "scheduled_windows": null, "scheduled_overrides": null},
                 "dialing_policy": {"max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+1"},
                 "agent": {"agent_id": "agent-1", "agent_version": null},
                 "created_at": "2027-01-01T00:00:00Z", "updated_at": "2027-05-05T05:05:05Z"}
                """)
        let plan = try Fixtures.plan(
            desired, Self.org(Self.wireContact(#""phone_numbers": ["+14155550101"], "data": {}"#), configuration: wire))
        #expect(plan.operations.isEmpty, "\(plan.operations.flatMap(\.changes).map(\.field))")
    }

    @Test func aFieldTheManifestLeavesOutIsClearedWithAnExplicitNull() throws {
        let desired = try Fixtures.desired(Self.manifest(contact: #"phone_numbers: ["+14155550101"]"#))
        let live = Self.wireContact(
            """
            "phone_numbers": ["+14155550101"], "data": {"plan": "gold"}, "timezone": "America/Chicago",
            "scheduled_at": "2027-12-02T09:30:00Z", "agent_id": "agent-9", "agent_version": 2, "agent_number": "+14155550999",
            "agent_config": {"voice": "calm"}, "initial_context": "called before"
            """)
        let plan = try Fixtures.plan(desired, Self.org(live))
        let update = try #require(plan.operation("contacts/c/upsert/1")?.contacts.first)
        #expect(update.kind == .update)
        #expect(
            update.fields == [
                "agent_config", "agent_id", "agent_number", "agent_version", "data", "initial_context", "scheduled_at",
                "timezone",
            ])
        let item = try #require(update.item?.json.objectValue)
        for field in [
            "timezone", "scheduled_at", "agent_id", "agent_version", "agent_number", "agent_config", "initial_context",
        ] {
            #expect(item[field] == .null, "\(field) must be sent as null to clear it")
        }
        #expect(item["data"] == .object([:]))
    }

    /// A campaign whose configuration is only live: its numbers are read with that configuration's
    /// country code, not the +1 the manifest checks fall back to.
    @Test func numbersOfACampaignOnALiveOnlyConfigurationUseItsCountryCode() throws {
        let text = """
            campaigns:
              c:
                name: C
                configuration: uk
                status: paused
                contacts:
                  - {external_id: c1, phone_numbers: ["207 946 0018"]}
                  - {external_id: c2, phone_numbers: ["207 946 0321"]}
            """
        let desired = try Fixtures.desired(text)
        let uk = Live.configuration(
            id: Self.configurationID, externalID: "uk",
            fields: [
                "name": "UK", "schedule": Live.configurationDefaults["schedule"]!,
                "agent": ["agent_id": "agent-1", "agent_version": nil],
                "dialing_policy": ["max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+44"],
            ])
        let plan = try Fixtures.plan(
            desired, Self.org(Self.wireContact(#""phone_numbers": ["+442079460018"], "data": {}"#), configuration: uk))
        let changes = plan.contactChanges("c")
        #expect(changes.map(\.externalID) == ["c2"], "c1 is the live contact, read with +44")
        #expect(changes.first?.item?.json.objectValue?["phone_numbers"] == ["+442079460321"])
    }

    @Test func aNumberTheLiveConfigurationsCountryCodeCantReadFailsThePlanAtItsLine() throws {
        let desired = try Fixtures.desired(
            """
            campaigns:
              c:
                name: C
                configuration: uk
                contacts:
                  - external_id: c1
                    phone_numbers: ["1-312-555-0123"]
            """, name: "uk.yaml")
        let uk = Live.configuration(
            id: Self.configurationID, externalID: "uk",
            fields: [
                "name": "UK", "schedule": Live.configurationDefaults["schedule"]!,
                "agent": ["agent_id": "agent-1", "agent_version": nil],
                "dialing_policy": ["max_attempts": 3, "retry_delay_minutes": 60, "default_country_code": "+44"],
            ])
        let failure = try #require(Fixtures.failure(desired, Live.snapshot(configurations: [uk])))
        #expect(failure.problems.map(\.kind) == [.countryCode], "\(failure)")
        #expect(failure.problems.first?.location?.fileAndLine == "uk.yaml:7", "\(failure)")
        #expect(failure.description.contains("'c1'") && failure.description.contains("+44"))
    }
}
