import AnyreachModel
import Foundation
import Testing

@testable import CampaignManifest

/// `timezone: auto` and the zone check (issue 17): a contact's zone against the zones its first
/// number rings in, resolved in the loader so that `validate` and `plan` see the same contacts.
@Suite struct ContactZoneTests {
    /// A configuration defaulting to New York and a campaign on it holding `contacts` (flow
    /// mappings, one a line); `campaignKeys` go on the campaign.
    static func manifest(_ contacts: [String], campaignKeys: String = "") -> String {
        """
        configurations:
          hours: {name: Hours, agent: {agent_id: a}, schedule: {default_timezone: America/New_York}}
        campaigns:
          spring:
            name: Spring
            configuration: hours\(campaignKeys)
            contacts:
        \(contacts.map { "      - \($0)" }.joined(separator: "\n"))
        """
    }

    static func load(_ text: String) -> ManifestLoadResult {
        Fixtures.loader().load(texts: [(name: "m.yaml", text: text)])
    }

    /// The contacts' zones by external_id ("-" for none).
    static func zones(_ result: ManifestLoadResult) -> [String: String] {
        let contacts = result.state?.campaigns.first?.contacts ?? result.state?.adHocContacts?.contacts ?? []
        return Dictionary(uniqueKeysWithValues: contacts.map { ($0.externalID, $0.state.timezone ?? "-") })
    }

    static func found(_ result: ManifestLoadResult, _ kind: Diagnostic.Kind) -> [String] {
        result.diagnostics.filter { $0.kind == kind }.map { "\($0.severity) \($0.location?.line ?? 0): \($0.message)" }
    }

    @Test func autoTakesTheZoneOfTheFirstNumberWhenItHasOne() {
        let result = Self.load(
            Self.manifest([
                "{external_id: sf, phone_numbers: [\"(415) 555-0123\", \"+12125550199\"], timezone: auto}",
                "{external_id: london, phone_numbers: [\"+44 20 7946 0018\"], timezone: auto}",
            ]))
        #expect(Self.zones(result) == ["sf": "America/Los_Angeles", "london": "Europe/London"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func autoOnANumberOfSeveralZonesOrNoneKeepsNoZoneAndSaysSo() {
        let result = Self.load(
            Self.manifest([
                "{external_id: boise, phone_numbers: [\"208 555 0100\"], timezone: auto}",
                "{external_id: freephone, phone_numbers: [\"+800 1234 5678\"], timezone: auto}",
                "{external_id: tollfree, phone_numbers: [\"800 555 0100\"], timezone: auto}",
            ]))
        #expect(Self.zones(result) == ["boise": "-", "freephone": "-", "tollfree": "-"])
        #expect(
            Self.found(result, .timezoneUnresolved) == [
                "warning 8: campaign 'spring': timezone auto left 3 contacts without a zone of their own, their first number ringing in several time zones or none known: 'boise' (America/Boise, America/Los_Angeles), 'freephone' (none known), 'tollfree' (America/Adak, America/Anchorage, America/Anguilla and 39 more)"
            ])
        let hint = result.diagnostics.first?.hint
        #expect(
            hint == "write their timezone; until then the configuration's default_timezone (America/New_York) applies")
        #expect(result.diagnostics.count == 1, "no mismatch warning besides: \(result.diagnostics)")
    }

    @Test func aZoneTheNumberDoesntRingInIsAWarningWhetherWrittenOrTheDefault() {
        let result = Self.load(
            Self.manifest([
                "{external_id: written, phone_numbers: [\"415 555 0100\"], timezone: America/New_York}",
                "{external_id: defaulted, phone_numbers: [\"+44 161 496 0753\"]}",
                "{external_id: alias, phone_numbers: [\"415 555 0101\"], timezone: US/Pacific}",
                "{external_id: right, phone_numbers: [\"212 555 0102\"]}",
                "{external_id: unknown, phone_numbers: [\"+800 1234 5678\"], timezone: Europe/Paris}",
            ]))
        #expect(
            Self.found(result, .timezoneMismatch) == [
                "warning 8: campaign 'spring': 2 contacts are in a time zone their first number doesn't ring in: 'written' America/New_York (number in America/Los_Angeles), 'defaulted' America/New_York, the default_timezone (number in Europe/London)"
            ])
        #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.message.contains("415") || $0.message.contains("161") })
    }

    @Test func mismatchesAreCountedPerCampaignAndListedUpToTheBudget() {
        let contacts = (10..<35).map {
            "{external_id: c\($0), phone_numbers: [\"415 555 01\($0)\"], timezone: America/Chicago}"
        }
        let result = Self.load(Self.manifest(contacts))
        let found = Self.found(result, .timezoneMismatch)
        #expect(found.count == 1)
        #expect(found.first?.contains("25 contacts are in a time zone") == true, "\(found)")
        #expect(found.first?.contains("'c19' America/Chicago") == true, "\(found)")
        #expect(found.first?.contains("'c20'") == false, "ten listed: \(found)")
        #expect(found.first?.hasSuffix("(number in America/Los_Angeles), … and 15 more") == true, "\(found)")
    }

    @Test func aCampaignsContactTimezoneAutoAppliesToContactsThatNameNoZone() {
        let result = Self.load(
            Self.manifest(
                [
                    "{external_id: sf, phone_numbers: [\"415 555 0100\"]}",
                    "{external_id: pinned, phone_numbers: [\"415 555 0101\"], timezone: America/Denver}",
                ], campaignKeys: "\n    contact_timezone: auto"))
        #expect(Self.zones(result) == ["sf": "America/Los_Angeles", "pinned": "America/Denver"])
        #expect(result.state?.campaigns.first?.autoContactTimezones == true)
        #expect(
            Self.found(result, .timezoneMismatch) == [
                "warning 10: campaign 'spring': 1 contact is in a time zone their first number doesn't ring in: 'pinned' America/Denver (number in America/Los_Angeles)"
            ])
    }

    @Test func aCampaignsContactTimezoneTakesOnlyAuto() {
        let result = Self.load(
            Self.manifest(
                ["{external_id: ny, phone_numbers: [\"212 555 0100\"]}"],
                campaignKeys: "\n    contact_timezone: America/Chicago"))
        #expect(result.state == nil)
        #expect(
            result.diagnostics.map { "\($0.severity) \($0.location?.line ?? 0): \($0.message)" } == [
                "error 7: contact_timezone must be auto, not 'America/Chicago'"
            ])
    }

    @Test func aCSVCellSayingAutoResolvesToo() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("contacts.csv", "id,mobile,zone\nchi,3125550100,auto\nla,4155550101,\n")
        try directory.write(
            "manifest.yaml",
            Fixtures.springCampaign(
                contactsFiles:
                    "\n      - path: contacts.csv\n        columns: {external_id: id, phone_numbers: [mobile], timezone: zone}"
            ))
        let result = Fixtures.loader().load(paths: [directory.url.path])
        #expect(Self.zones(result) == ["chi": "America/Chicago", "la": "-"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func adHocContactsResolveAutoAndHaveNoDefaultToCheck() {
        let result = Self.load(
            """
            adhoc_contacts:
              contacts:
                - {external_id: sf, phone_numbers: ["+14155550100"], timezone: auto}
                - {external_id: ny, phone_numbers: ["+14155550101"]}
            """)
        #expect(Self.zones(result) == ["sf": "America/Los_Angeles", "ny": "-"])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
