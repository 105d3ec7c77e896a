import AnyreachModel
import Foundation
import Testing

@testable import CampaignManifest

/// What the loader hands downstream: scalars kept as written (YAML 1.1's guesses refused),
/// interpolated values, defaults, and the fail-closed rule.
@Suite struct LoadedValueTests {
    @Test func yaml11ScalarsStayTheStringsThatWereWritten() throws {
        let result = Fixtures.load("values/yaml11.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.state)
        let window = try #require(state.configurations.first?.state.schedule.defaultWindows.first)
        #expect(window == TimeWindow(days: ["mon", "tue"], start: "09:00", end: "17:30"))
        let hex = try #require(state.campaigns.first { $0.externalID == "0x1F" })
        #expect(hex.name == "no")
        #expect(state.campaigns.first { $0.externalID == "spring" }?.name == "1e3")
        let contact = try #require(hex.contacts.first)
        #expect(contact.externalID == "00123")
        #expect(contact.rawPhoneNumbers == ["+14155550123", "4155550124"])
        #expect(contact.phoneNumbers == ["+14155550123", "+14155550124"])
        #expect(hex.contacts.map(\.externalID) == ["00123", "0x1F"])
        #expect(state.adHocContacts?.contacts.map(\.externalID) == ["off"])
    }

    /// Free-form `data` follows YAML 1.2's core schema, except that leading zeros stay text.
    @Test func dataScalarsFollowTheCoreSchema() throws {
        let state = try #require(Fixtures.load("values/yaml11.yaml").state)
        let data = try #require(state.campaigns.first { $0.externalID == "0x1F" }?.contacts.first?.data.objectValue)
        #expect(data["zip"] == .string("02134"))
        #expect(data["count"] == .int(12))
        #expect(data["ratio"] == .double(1.5))
        #expect(data["big"] == .int(1000), "data is held canonical: `1e3` is the integer the API gives back")
        #expect(data["flag"] == .string("yes"))
        #expect(data["truth"] == .bool(true))
        #expect(data["empty"] == .null)
        #expect(data["octal"] == .string("0o17"))
        #expect(data["hex"] == .string("0x1F"))
        #expect(data["time"] == .string("12:30"))
        #expect(data["huge"] == .string("1e999"), "a number JSON can't carry stays text")
    }

    /// YAML 1.1 and 1.2 read `0x1F`, `0o17` and `017` in different bases (1.1 has no `0o` and
    /// reads `017` as octal): a value whose number depends on the version a reader assumes stays
    /// the text that was written, as do the numbers JSON can't carry.
    @Test(arguments: [
        ("0x1F", JSONValue.string("0x1F")), ("-0x1F", .string("-0x1F")), ("0o17", .string("0o17")),
        ("0b101", .string("0b101")), ("017", .string("017")), (".inf", .string(".inf")), ("-.inf", .string("-.inf")),
        (".nan", .string(".nan")), ("12", .int(12)), ("+12", .int(12)), ("-0", .int(0)), (".5", .double(0.5)),
        ("1e3", .double(1000)), ("-2.5", .double(-2.5)),
    ])
    func dataNumbersNeverChangeBase(_ written: String, _ read: JSONValue) {
        #expect(NodeReader.plainScalar(written) == read)
    }

    /// Written keys win over merged ones, and earlier merged mappings over later ones.
    @Test func mergeKeysShareSettings() throws {
        let result = Fixtures.load("values/merge-keys.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let configurations = try #require(result.state?.configurations)
        let byKey = Dictionary(uniqueKeysWithValues: configurations.map { ($0.externalID, $0) })
        let base = try #require(byKey["weekdays"])
        let evenings = try #require(byKey["evenings"])
        #expect(
            evenings.state.name == "Evenings" && evenings.state.agent == base.state.agent
                && evenings.state.schedule == base.state.schedule)
        #expect(evenings.state.dialingPolicy == base.state.dialingPolicy && base.state.dialingPolicy.maxAttempts == 2)
        let busy = try #require(byKey["busy"]?.state.dialingPolicy)
        #expect(busy.maxAttempts == 2 && busy.retryDelayMinutes == 5 && busy.defaultCountryCode == "+44")
        #expect(byKey["fast"]?.state.dialingPolicy.maxAttempts == 9)
    }

    /// A merged entry is located where it was written, in the anchor.
    @Test func mergedEntriesKeepTheirLocations() throws {
        let text =
            "configurations:\n  hours: {name: H, agent: {agent_id: x}}\n"
            + "campaigns:\n  a: &a {name: A, configuration: hours}\n  b:\n    <<: *a\n"
        let state = try #require(Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).state)
        let merged = try #require(state.campaigns.first { $0.externalID == "b" })
        #expect(merged.fieldLocations["configuration"] == SourceLocation(file: "m.yaml", line: 4, column: 19))
        #expect(merged.location == SourceLocation(file: "m.yaml", line: 5, column: 3))
    }

    /// Configuration routes take only UUIDs, so a configuration's external_id may look like one.
    @Test func aConfigurationMayBeKeyedByAUUIDShapedExternalID() throws {
        let key = "123E4567-E89B-12D3-A456-426614174000"
        let text =
            "configurations:\n  \(key): {name: Imported, agent: {agent_id: a}}\n"
            + "campaigns:\n  spring: {name: Spring, configuration: \(key)}\n"
        let result = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.state?.configurations.map(\.externalID) == [key])
        #expect(result.state?.campaigns.first?.configuration == key)
    }

    @Test func interpolationFillsValuesAndKeys() throws {
        let result = Fixtures.load("values/interpolated.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.state)
        #expect(state.configurations.first?.state.name == "Hours for blue-team")
        #expect(state.configurations.first?.state.agent.agentID == "agent-from-env")
        let campaign = try #require(state.campaigns.first)
        #expect(campaign.externalID == "blue-team-campaign")
        #expect(campaign.name == "Price: $5 for blue-team and ${NOT_A_VARIABLE}")
        #expect(campaign.priority == 7)
    }

    @Test func anotherPrefixRefusesTheDefaultOne() {
        let loader = ManifestLoader(
            interpolator: Interpolator(prefix: "ACME_", environment: ["ACME_TEAM": "a", "CAMPAIGNCTL_TEAM": "b"]))
        let result = loader.load(texts: [
            (
                name: "m.yaml",
                text:
                    "concurrency: {limit: 5}\nconfigurations:\n  x: {name: \"${ACME_TEAM} ${CAMPAIGNCTL_TEAM}\", agent: {agent_id: a}}\n"
            )
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "m.yaml:3:13: error: '${CAMPAIGNCTL_TEAM}' can't be used: only environment variables starting with ACME_ are read"
            ])
    }

    @Test func defaultsFollowTheContract() throws {
        let text = """
            configurations:
              hours: {name: Hours, agent: {agent_id: a}}
            campaigns:
              spring: {name: Spring, configuration: hours}
            """
        let state = try #require(Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).state)
        let configuration = try #require(state.configurations.first)
        #expect(configuration.state.schedule.defaultTimezone == "America/New_York")
        #expect(configuration.state.schedule.defaultWindows.isEmpty && configuration.state.schedule.overrides.isEmpty)
        #expect(
            configuration.state.schedule.scheduledWindows == nil
                && configuration.state.schedule.scheduledOverrides == nil)
        #expect(
            configuration.state.dialingPolicy.maxAttempts == 3
                && configuration.state.dialingPolicy.retryDelayMinutes == 60)
        #expect(configuration.state.dialingPolicy.defaultCountryCode == "+1")
        #expect(configuration.state.agent.agentVersion == nil)
        let campaign = try #require(state.campaigns.first)
        #expect(campaign.status == .active && campaign.priority == 5 && !campaign.pruneContacts)
        #expect(
            state.policy.pruneCampaigns == false && state.policy.maxDeletePercent == 10
                && state.policy.minDeleteCount == 5)
        #expect(state.concurrency == nil && state.adHocContacts == nil)
    }

    @Test func policyPruneContactsIsTheCampaignsDefault() throws {
        let text = """
            policy: {prune: {contacts: true}}
            configurations:
              hours: {name: Hours, agent: {agent_id: a}}
            campaigns:
              spring: {name: Spring, configuration: hours}
              summer: {name: Summer, configuration: hours, prune_contacts: false}
            """
        let state = try #require(Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).state)
        #expect(state.campaigns.map(\.pruneContacts) == [true, false])
    }

    @Test func scheduledAtIsStoredInUTCWithWholeSeconds() throws {
        let text = """
            configurations:
              hours: {name: Hours, agent: {agent_id: a}}
            campaigns:
              spring:
                name: Spring
                configuration: hours
                contacts:
                  - {external_id: a, phone_numbers: ["4155550101"], scheduled_at: "2026-11-28T09:00:00.750+01:00"}
                  - {external_id: b, phone_numbers: ["4155550102"], scheduled_at: 2026-11-28t23:30:00z}
            """
        let state = try #require(Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).state)
        #expect(state.campaigns.first?.contacts.map(\.scheduledAt) == ["2026-11-28T08:00:00Z", "2026-11-28T23:30:00Z"])
    }

    /// One unreadable file leaves no desired state at all: nothing downstream may plan deletes
    /// from the files that did load.
    @Test(arguments: [
        ("broken.yaml", "campaigns: [\n"),
        ("bad-value.yaml", "concurrency: {limit: 0}\n"),
        (
            "missing-csv.yaml",
            "adhoc_contacts: {contacts_files: [{path: nowhere.csv, columns: {external_id: id, phone_numbers: p}}]}\n"
        ),
    ])
    func anyErrorFailsClosed(_ name: String, _ text: String) {
        let good = (name: "good.yaml", text: "configurations:\n  hours: {name: Hours, agent: {agent_id: a}}\n")
        #expect(Fixtures.loader().load(texts: [good]).state != nil)
        let result = Fixtures.loader().load(texts: [good, (name: name, text: text)])
        #expect(result.state == nil)
        #expect(!result.errors.isEmpty)
    }

    @Test func contactsFilesAreRecognisedByTheirOnlyKey() throws {
        let result = Fixtures.load("golden/valid")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let state = try #require(result.state)
        #expect(state.files.contains("\(Fixtures.root.path)/golden/valid/org.yaml"))
        #expect(!state.files.contains { $0.hasSuffix("patients.yaml") }, "a contacts file is not a manifest")
        let clinic = try #require(state.campaigns.first)
        #expect(clinic.contacts.map(\.externalID) == ["patient-1", "patient-2", "patient-3", "patient-4"])
        #expect(clinic.contacts[0].scheduledAt == "2027-01-05T08:30:00Z")
    }
}
