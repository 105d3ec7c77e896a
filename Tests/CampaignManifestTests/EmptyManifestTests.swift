import Foundation
import Testing

@testable import CampaignManifest

/// A file with no section holding a value is an error at its first line (or its first valueless
/// key), never "nothing here": an emptied campaign file must not plan to close its campaign.
@Suite struct EmptyManifestTests {
    static let empty: [(text: String, line: Int, column: Int)] = [
        ("", 1, 1),
        ("\n\n   \n", 1, 1),
        ("# emptied by a bad merge\n\n  # still nothing\n", 1, 1),
        ("---\n", 1, 1),
        ("~\n", 1, 1),
        ("campaigns:\n", 1, 1),
        ("# spring\n\ncampaigns:\n", 3, 1),
        ("campaigns: ~\nconcurrency: null\n", 1, 1),
        ("\n  campaigns:\n  policy:\n", 2, 3),
        ("contacts: ~\n", 1, 1),
    ]

    @Test(arguments: empty.indices)
    func anEmptyFileIsAnErrorAtItsStart(_ index: Int) {
        let (text, line, column) = Self.empty[index]
        let result = Fixtures.loader().load(texts: [(name: "campaigns/spring.yaml", text: text)])
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.kind) == [.emptyManifest], "\(result.diagnostics)")
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(
            result.diagnostics.first?.location
                == SourceLocation(file: "campaigns/spring.yaml", line: line, column: column))
    }

    @Test func oneEmptyFileAmongGoodOnesWithholdsTheWholeState() {
        let result = Fixtures.loader().load(texts: [
            (name: "org.yaml", text: "concurrency: {limit: 3}\npolicy: {prune: {campaigns: true}}\n"),
            (name: "campaigns/spring.yaml", text: "# nothing left\n"),
        ])
        #expect(result.state == nil)
        #expect(result.errors.map(\.kind) == [.emptyManifest])
        #expect(result.errors.first?.location?.file == "campaigns/spring.yaml")
    }

    /// Written empty on purpose (`campaigns: {}`), or valueless beside a section with a value: not empty.
    @Test(arguments: [
        "campaigns: {}\n", "policy: {}\n", "concurrency: {limit: 3}\ncampaigns:\n",
        "campaigns:\npolicy: {prune: {contacts: true}}\n",
    ])
    func aSectionWithAValueIsNotEmpty(_ text: String) {
        let result = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.state != nil)
    }

    /// An emptied YAML contacts file is refused once, whether the directory search found it or a
    /// manifest named a file the search didn't reach.
    @Test(arguments: [true, false])
    func anEmptiedContactsFileIsRefusedOnce(searchedDirectory: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("spring.yaml", Fixtures.springCampaign(contactsFiles: " [vip.yaml]"))
        try directory.write("vip.yaml", "# contacts:\n#   - external_id: a\n")
        let path = searchedDirectory ? directory.url.path : directory.url.appendingPathComponent("spring.yaml").path
        let result = Fixtures.loader().load(paths: [path])
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.kind) == [.emptyManifest], "\(result.diagnostics)")
        let location = try #require(result.diagnostics.first?.location)
        #expect(location.file.hasSuffix("/vip.yaml") && location.line == 1 && location.column == 1)
    }
}
