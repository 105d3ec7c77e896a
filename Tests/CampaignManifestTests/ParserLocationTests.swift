import Foundation
import Testing

@testable import CampaignManifest

/// Where YAML-level problems are reported, and how paths are shown.
@Suite struct ParserLocationTests {
    static func diagnostics(_ text: String) -> [String] {
        Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).diagnostics.map(\.description)
    }

    @Test func aDuplicateKeyNamesBothPlacesWhateverItsQuoting() {
        #expect(
            Self.diagnostics("policy:\n  'prune': {}\n  # comment\n\n  \"prune\" : {}\n") == [
                "m.yaml:5:3: error: duplicate key 'prune' in one mapping; first at m.yaml:2:3"
            ])
    }

    @Test func aDuplicateKeyIsFoundInCRLFFiles() {
        #expect(
            Self.diagnostics("concurrency:\r\n  limit: 1\r\n  limit: 2\r\n") == [
                "m.yaml:3:3: error: duplicate key 'limit' in one mapping; first at m.yaml:2:3"
            ])
    }

    @Test func aDuplicateKeyInANestedMappingIsNotConfusedWithTheParents() {
        let text = "campaigns:\n  a:\n    name: x\n  b:\n    name: y\n    name: z\n"
        #expect(
            Self.diagnostics(text) == ["m.yaml:6:5: error: duplicate key 'name' in one mapping; first at m.yaml:5:5"])
    }

    @Test func aControlCharacterIsLocated() {
        #expect(
            Self.diagnostics("policy:\n  prune: {campaigns: \"é\u{7}\"}\n") == [
                "m.yaml:2:24: error: YAML can't be read: control characters are not allowed"
            ])
    }

    /// Yams counts where the reader stopped in characters; columns count Unicode scalars.
    @Test func aControlCharacterAfterWideTextIsLocated() {
        #expect(
            Self.diagnostics("policy:\r\n  prune: {campaigns: \"éééé👩‍⚕️\u{7}\"}\r\n") == [
                "m.yaml:2:31: error: YAML can't be read: control characters are not allowed"
            ])
    }

    @Test(arguments: [
        ("campaigns", "../contacts/a.csv", "contacts/a.csv"),
        (".", "a.csv", "a.csv"),
        (".", "./sub/../a.csv", "a.csv"),
        ("x", "../../a.csv", "../a.csv"),
        ("/repo/campaigns", "../a.csv", "/repo/a.csv"),
        ("campaigns", "/abs/./a.csv", "/abs/a.csv"),
    ])
    func contactsFilePathsAreShownNormalized(_ directory: String, _ relative: String, _ shown: String) {
        #expect(ManifestPath.join(directory, relative) == shown)
    }

    /// A contacts file reached from another directory has the name discovery gave it.
    @Test func oneFileHasOneName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("campaigns"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("contacts"), withIntermediateDirectories: true)
        try directory.write(
            "campaigns/c.yaml",
            "campaigns:\n  c:\n    name: C\n    configuration: live\n    contacts_files: [../contacts/a.yaml]\n")
        try directory.write("contacts/a.yaml", "contacts:\n  - {external_id: a, phone_numbers: [\"12\"]}\n")
        let result = Fixtures.loader().load(paths: [directory.url.path + "/./"])
        let files = Set(
            result.diagnostics.map {
                ($0.location?.file ?? "").replacingOccurrences(of: directory.url.path + "/", with: "")
            })
        #expect(files == ["campaigns/c.yaml", "contacts/a.yaml"])
    }
}
