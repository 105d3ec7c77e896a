import AnyreachModel
import Foundation
import Testing

@testable import CampaignManifest

/// `policy.suppress` read from files written byte for byte, through a manifest: numbers
/// normalized as contacts' are, errors located at the line without the number in them, and the
/// campaign's contacts withheld or trimmed.
@Suite struct SuppressionListTests {
    struct Outcome {
        var state: DesiredState?
        var diagnostics: [String]
        var campaign: CampaignSpec? { state?.campaigns.first }
    }

    static let contacts = """
        contacts:
          - {external_id: all-listed, phone_numbers: ["+14155550101"]}
          - {external_id: one-listed, phone_numbers: ["+14155550102", "+14155550103"]}
          - {external_id: none-listed, phone_numbers: ["+14155550104"]}
          - {external_id: both-listed, phone_numbers: ["4155550105", "+442079460106"]}
        """

    static func load(suppress: String, files: [String: [UInt8]]) throws -> Outcome {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, bytes) in files { try directory.write(name, bytes: bytes) }
        try directory.write("contacts.yaml", contacts)
        try directory.write(
            "manifest.yaml",
            Fixtures.springCampaign(contactsFiles: " [contacts.yaml]") + "\npolicy:\n  suppress:\(suppress)\n")
        let result = Fixtures.loader().load(paths: [directory.url.path])
        let diagnostics = result.diagnostics.map { $0.rendered(strippingPrefix: directory.url.path + "/") }
        return Outcome(state: result.state, diagnostics: diagnostics)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aListOfLinesWithCommentsBlanksABOMAndCRLF() throws {
        let list =
            [0xEF, 0xBB, 0xBF]
            + Self.bytes(
                "# do not call\r\n\r\n  +1 (415) 555-0101  \r\n+14155550102 # asked on 2026-11-02\r\n\t0014155550105\r\n+44 20 7946 0106"
            )
        let outcome = try Self.load(suppress: " [dnc.txt]", files: ["dnc.txt": list])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let campaign = try #require(outcome.campaign)
        #expect(campaign.contacts.map(\.externalID) == ["one-listed", "none-listed"])
        #expect(campaign.contacts.first?.phoneNumbers == ["+14155550103"], "the listed number is removed")
        #expect(campaign.suppressed.withheld.map(\.externalID) == ["all-listed", "both-listed"])
        #expect(campaign.suppressed.trimmedContacts == 1 && campaign.suppressed.removedNumbers == 1)
        let source = try #require(outcome.state?.policy.suppression.sources.first)
        #expect(source.count == 4 && outcome.state?.policy.suppression.count == 4)
    }

    @Test func aCSVListReadsItsColumnAndNationalNumbersTakeTheListsCountryCode() throws {
        let csv = Self.bytes("name,phone\nAnn,(415) 555-0101\nBob,\n\"Lee, Jo\",415.555.0102\n")
        let outcome = try Self.load(
            suppress: "\n    - {path: opt-outs.csv, column: phone, country_code: \"+1\"}", files: ["opt-outs.csv": csv])
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.campaign?.suppressed.withheld.map(\.externalID) == ["all-listed"])
        #expect(outcome.campaign?.contacts.map(\.externalID) == ["one-listed", "none-listed", "both-listed"])
    }

    @Test func anUnreadableEntryIsAnErrorAtItsLineThatDoesNotRepeatTheNumber() throws {
        let list = Self.bytes("+14155550101\n4155550102\n  +1415555O103\n")
        let outcome = try Self.load(suppress: " [dnc.txt]", files: ["dnc.txt": list])
        #expect(outcome.state == nil, "a list that can't be read in full refuses the manifests")
        #expect(outcome.diagnostics.count == 2, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics[0].hasPrefix("dnc.txt:2:1: error: suppression list entry is not a phone number"))
        #expect(outcome.diagnostics[1].hasPrefix("dnc.txt:3:3: error: suppression list entry is not a phone number"))
        #expect(!outcome.diagnostics.joined().contains("5550102") && !outcome.diagnostics.joined().contains("O103"))
    }

    @Test func pastTenBadEntriesTheRestAreCounted() throws {
        let list = Self.bytes(String(repeating: "not a number\n", count: 25))
        let outcome = try Self.load(suppress: " [dnc.txt]", files: ["dnc.txt": list])
        #expect(outcome.diagnostics.count == 11, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.last?.contains("has 15 more unreadable entries") == true)
    }

    @Test(arguments: [
        (" [../outside.txt]", "manifest.yaml:", "suppression list '../outside.txt'"),
        (" [missing.txt]", "manifest.yaml:", "suppression list 'missing.txt'"),
        ("\n    - {path: opt-outs.csv}", "manifest.yaml:", "a CSV suppression list needs 'column:'"),
        ("\n    - {path: opt-outs.csv, column: mobile}", "manifest.yaml:", "has no header row with a column 'mobile'"),
        ("\n    - {path: dnc.txt, column: phone}", "manifest.yaml:", "'column' applies to CSV files only"),
        ("\n    - {path: dnc.txt, country_code: \"+999\"}", "manifest.yaml:", "'+999' is not a known calling code"),
    ])
    func aListThatCantBeUsedIsAnErrorWhereItIsNamed(_ suppress: String, _ file: String, _ message: String) throws {
        let outcome = try Self.load(
            suppress: suppress,
            files: ["dnc.txt": Self.bytes("+14155550101\n"), "opt-outs.csv": Self.bytes("phone\n+14155550101\n")])
        #expect(outcome.state == nil)
        #expect(
            outcome.diagnostics.contains { $0.hasPrefix(file) && $0.contains(message) }, "\(outcome.diagnostics)")
    }

    @Test func withoutACountryCodeNationalNumbersAreRefusedWithAHint() throws {
        let outcome = try Self.load(suppress: " [dnc.txt]", files: ["dnc.txt": Self.bytes("4155550101\n")])
        #expect(outcome.state == nil)
        let problem = try #require(outcome.diagnostics.first)
        #expect(problem.hasPrefix("dnc.txt:1:1: error:"), "\(problem)")
    }

    @Test func theListIsPartOfTheManifestsDigest() throws {
        let outcome = try Self.load(suppress: " [dnc.txt]", files: ["dnc.txt": Self.bytes("+14155550101\n")])
        let files = outcome.state?.digest?.files.keys.sorted() ?? []
        #expect(files.contains { $0.hasSuffix("dnc.txt") }, "\(files)")
    }
}

/// The byte-level reader of a CSV list's column: quoting, line ends and broken rows.
@Suite struct SuppressionCSVTests {
    static func load(_ csv: String) throws -> SuppressionListTests.Outcome {
        try SuppressionListTests.load(
            suppress: "\n    - {path: opt-outs.csv, column: phone, country_code: \"+1\"}",
            files: ["opt-outs.csv": Array(csv.utf8)])
    }

    @Test func quotedCellsEmbeddedLineEndsAndCRLF() throws {
        let outcome = try Self.load(
            "name,\"phone\"\r\n\"Smith, Ann\",\"(415) 555-0101\"\r\n\"Two\nlines\",\" 415 555 0102 \"\r\n\r\nBob,\r\n\"Say \"\"hi\"\"\",+14155550105"
        )
        // With +14155550105 gone, both-listed's first number is London's: the zone check says so.
        #expect(
            outcome.diagnostics.count == 1 && outcome.diagnostics[0].contains("warning: campaign 'spring': 1 contact"),
            "\(outcome.diagnostics)")
        #expect(outcome.state?.policy.suppression.count == 3)
        #expect(outcome.campaign?.suppressed.withheld.map(\.externalID) == ["all-listed"])
    }

    @Test func brokenRowsAreErrorsAtTheirLine() throws {
        let outcome = try Self.load(
            "name,phone\nAnn,+14155550101\n\"Two\nlines\",+14155550102,extra\nLee,\"+1415\"5550103\n")
        #expect(outcome.state == nil)
        #expect(
            outcome.diagnostics == [
                "opt-outs.csv:3:1: error: row has 3 cell(s) but the header has 2",
                "opt-outs.csv:5:1: error: CSV can't be read here: a quoted field must end at a comma or the line's end",
            ], "\(outcome.diagnostics)")
    }

    @Test func anUnclosedQuoteIsNamedWhereItOpened() throws {
        let outcome = try Self.load("name,phone\nAnn,\"+14155550101\nLee,+14155550102\n")
        #expect(
            outcome.diagnostics == [
                "opt-outs.csv:2:1: error: CSV can't be read here: a quoted field opened here is never closed"
            ])
    }
}
