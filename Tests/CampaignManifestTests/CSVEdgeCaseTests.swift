import AnyreachModel
import Foundation
import Testing

@testable import CampaignManifest

/// CSV contacts files written byte for byte (BOMs, CRLFs, quoting), loaded through a manifest.
@Suite struct CSVEdgeCaseTests {
    /// The loaded campaign's contacts and the diagnostics, with the temporary path removed.
    struct Outcome {
        var contacts: [ContactSpec]
        var diagnostics: [String]
    }

    static func load(
        csv bytes: [UInt8],
        columns: String = "{external_id: id, phone_numbers: [mobile, home], data: {name: name, tier: tier}}"
    ) throws -> Outcome {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("contacts.csv", bytes: bytes)
        try directory.write(
            "manifest.yaml",
            Fixtures.springCampaign(contactsFiles: "\n      - path: contacts.csv\n        columns: \(columns)"))
        let result = Fixtures.loader().load(paths: [directory.url.path])
        let diagnostics = result.diagnostics.map { $0.rendered(strippingPrefix: directory.url.path + "/") }
        // Contacts are read even when the state is withheld, so look at them through a clean load too.
        let contacts = result.state?.campaigns.first?.contacts ?? []
        return Outcome(contacts: contacts, diagnostics: diagnostics)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func quotedCommasAndQuotesStayInTheirField() throws {
        let outcome = try Self.load(
            csv: Self.bytes(
                "id,name,mobile,home,tier\na,\"Smith, Ann\",4155550101,,gold\nb,\"Say \"\"hi\"\"\",4155550102,,\n"))
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.contacts.map(\.data) == [["name": "Smith, Ann", "tier": "gold"], ["name": "Say \"hi\""]])
    }

    @Test func embeddedNewlinesMoveTheNextRowsLine() throws {
        let csv = "id,name,mobile,home,tier\na,\"line one\nline two\nline three\",4155550101,,\nb,Bob,41555501OI,,\n"
        let outcome = try Self.load(csv: Self.bytes(csv))
        #expect(
            outcome.diagnostics == [
                "contacts.csv:5:1: error: contact 'b': can't parse phone number: '41555501OI' contains 'O' (U+004F), which a phone number can't contain"
            ])
    }

    @Test func bomAndCRLFAreInvisible() throws {
        let csv =
            [0xEF, 0xBB, 0xBF]
            + Self.bytes(
                "id,name,mobile,home,tier\r\na,\"Ann\r\nLee\",4155550101,,gold\r\nb,Bob,4155550102,,silver\r\n")
        let outcome = try Self.load(csv: csv)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.contacts.map(\.externalID) == ["a", "b"], "the BOM is not part of the first header")
        #expect(
            outcome.contacts.map(\.data) == [
                ["name": "Ann\r\nLee", "tier": "gold"], ["name": "Bob", "tier": "silver"],
            ])
        #expect(outcome.contacts.map(\.location.line) == [2, 4], "a quoted CRLF is one line")
    }

    @Test func crlfRowsAreLocated() throws {
        let csv =
            [0xEF, 0xBB, 0xBF]
            + Self.bytes("id,name,mobile,home,tier\r\na,\"x\r\ny\",4155550101,,\r\n\r\nb,Bob,12,,\r\n")
        let outcome = try Self.load(csv: csv)
        #expect(
            outcome.diagnostics == [
                "contacts.csv:5:1: error: contact 'b': can't parse phone number: '12' is not a +1 national number: expected 10 digits, or 11 starting with 1"
            ], "a blank line still counts")
    }

    @Test func emptyCellsAreLeftOut() throws {
        let csv = "id,name,mobile,home,tier\na,,4155550101,,\nb,Bob,,4155550102,\nc,Cy,,,\n"
        let outcome = try Self.load(csv: Self.bytes(csv))
        #expect(outcome.diagnostics == ["contacts.csv:4:1: error: contact 'c' has 0 phone numbers; it needs 1 to 10"])
        let loaded = try Self.load(csv: Self.bytes("id,name,mobile,home,tier\na,,4155550101,,\nb,Bob,,4155550102,\n"))
        #expect(
            loaded.contacts.map(\.rawPhoneNumbers) == [["4155550101"], ["4155550102"]], "an empty phone cell is skipped"
        )
        #expect(loaded.contacts.map(\.data) == [[:], ["name": "Bob"]], "an empty data cell omits the key")
    }

    @Test func duplicateHeadersAreAnError() throws {
        let outcome = try Self.load(csv: Self.bytes("id,mobile,home,mobile,name,tier\na,4155550101,,4155550102,Ann,\n"))
        #expect(outcome.diagnostics == ["contacts.csv:1:1: error: CSV header 'mobile' appears twice (columns 2 and 4)"])
    }

    static let typedColumns = """
        {external_id: id, phone_numbers: [mobile], data: {visits: {column: visits, type: integer}, score: {column: score, type: number}, vip: {column: vip, type: boolean}, note: {column: note, type: string}}}
        """

    @Test func typedDataColumns() throws {
        let csv = "id,mobile,visits,score,vip,note\na,4155550101,42,2.5,TRUE,0042\nb,4155550102,-3,7,false,\n"
        let outcome = try Self.load(csv: Self.bytes(csv), columns: Self.typedColumns)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(
            outcome.contacts.map(\.data) == [
                ["visits": .int(42), "score": .double(2.5), "vip": .bool(true), "note": "0042"],
                ["visits": .int(-3), "score": .int(7), "vip": .bool(false)],
            ])
    }

    /// A row's data is written in key order straight from its cells, which needs its keys
    /// distinct: the YAML reader refuses even two spellings Swift holds equal (`é` whole, and as
    /// `e` and an accent).
    @Test func aDataKeyMappedTwiceIsAnError() throws {
        let columns = #"{external_id: id, phone_numbers: [mobile], data: {"caf\u00e9": name, "cafe\u0301": tier}}"#
        let csv = "id,mobile,name,tier\na,4155550101,Ann,gold\n"
        let outcome = try Self.load(csv: Self.bytes(csv), columns: columns)
        #expect(outcome.diagnostics.count == 1, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.first?.hasSuffix("error: duplicate key 'café' in one mapping") == true)
    }

    @Test func badTypedValuesAreLocatedAtTheirRow() throws {
        let csv =
            "id,mobile,visits,score,vip,note\na,4155550101,\"4\n2\",1,true,\nb,4155550102,1,nan,true,\nc,4155550103,1,inf,yes,\nd,4155550104,1e3,0x10,true,\n"
        let outcome = try Self.load(csv: Self.bytes(csv), columns: Self.typedColumns)
        #expect(
            outcome.diagnostics == [
                // A line break inside a quoted value is shown escaped: messages are one line each.
                "contacts.csv:2:1: error: column 'visits' holds '4\\u{a}2', which is not an integer",
                "contacts.csv:4:1: error: column 'score' holds 'nan', which is not a number",
                "contacts.csv:5:1: error: column 'score' holds 'inf', which is not a number",
                "contacts.csv:5:1: error: column 'vip' holds 'yes', which is not a boolean",
                "contacts.csv:6:1: error: column 'visits' holds '1e3', which is not an integer",
                "contacts.csv:6:1: error: column 'score' holds '0x10', which is not a number",
            ])
    }

    /// An empty export must not read as "no contacts" (with pruning on, that deletes them all).
    @Test func anEmptyFileIsAnError() throws {
        let outcome = try Self.load(csv: [])
        #expect(outcome.diagnostics == ["contacts.csv:1:1: error: CSV file has no header row"])
    }

    @Test func aFileThatIsNotUTF8IsAnError() throws {
        let outcome = try Self.load(
            csv: Self.bytes("id,name,mobile,home,tier\na,") + [0xC3, 0x28] + Self.bytes(",4155550101,,\n"))
        #expect(
            outcome.diagnostics == ["contacts.csv:2:3: error: CSV file is not UTF-8 text (the first bad byte is here)"])
    }
}
