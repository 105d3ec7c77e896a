import Foundation
import Testing

@testable import CampaignManifest

/// A CSV data row must have as many cells as the header: a short row would otherwise clear the
/// contact's timezone and data, and a long one drop cells unseen.
@Suite struct CSVRowLengthTests {
    static let manifest = Fixtures.springCampaign(
        contactsFiles: """

                  - path: leads.csv
                    columns: {external_id: id, phone_numbers: [mobile], timezone: tz, data: {tier: tier}}
            """)

    /// Loads `csv` as `leads.csv` beside the manifest.
    static func load(_ csv: String) throws -> ManifestLoadResult {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("leads.csv", csv)
        try directory.write("spring.yaml", manifest)
        return Fixtures.loader().load(paths: [directory.url.path])
    }

    /// Each diagnostic's kind and location, its file named without the temporary directory.
    static func located(_ result: ManifestLoadResult) -> [String] {
        result.diagnostics.map { diagnostic in
            guard let location = diagnostic.location else { return "\(diagnostic.kind) -" }
            let file = URL(fileURLWithPath: location.file).lastPathComponent
            return "\(diagnostic.kind) \(file):\(location.line):\(location.column)"
        }
    }

    @Test func shortAndLongRowsAreErrorsAtTheirLines() throws {
        let csv = """
            id,mobile,tz,tier
            a,+14155550101,America/Los_Angeles,gold
            b,+14155550102
            c,+14155550103,America/Los_Angeles,gold,extra
            d,+14155550104,America/Los_Angeles,silver

            """
        let result = try Self.load(csv)
        #expect(result.state == nil)
        #expect(Self.located(result) == ["syntax leads.csv:3:1", "syntax leads.csv:4:1"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func trailingEmptyCellsAndBlankLinesAreFine() throws {
        let csv = "id,mobile,tz,tier\na,+14155550101,,\n\nb,+14155550102,America/Los_Angeles,\n\nc,+14155550103,,gold\n"
        let result = try Self.load(csv)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let contacts = try #require(result.state?.campaigns.first?.contacts)
        #expect(contacts.map(\.externalID) == ["a", "b", "c"])
        #expect(contacts.map(\.state.timezone) == [nil, "America/Los_Angeles", nil])
    }

    /// A line break inside a quoted cell is part of the row: the row is whole, and the next
    /// row's line counts it.
    @Test func quotedLineBreaksKeepRowsWholeAndLinesRight() throws {
        let csv = "id,mobile,tz,tier\na,+14155550101,America/Los_Angeles,\"gold\nplus\"\nb,+14155550102,\n"
        let result = try Self.load(csv)
        #expect(Self.located(result) == ["syntax leads.csv:4:1"])
    }

    @Test func aRowOfOneCellUnderAWiderHeaderIsAnError() throws {
        let result = try Self.load("id,mobile,tz,tier\na\n")
        #expect(Self.located(result) == ["syntax leads.csv:2:1"])
    }
}
