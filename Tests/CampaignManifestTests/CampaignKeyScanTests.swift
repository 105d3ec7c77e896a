import Foundation
import Synchronization
import Testing

@testable import CampaignManifest

/// The campaign keys a load tells `onCampaignKeys` as soon as the YAML is parsed: a guess that
/// lets the plan start reading the org, so only keys the decoder could take as written.
@Suite struct CampaignKeyScanTests {
    /// The keys one load of `files` told, and whether it was told at all.
    private func keysTold(_ files: [String: String]) throws -> [String]? {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, text) in files { try directory.write(name, text) }
        let told = Mutex<[String]?>(nil)
        var loader = Fixtures.loader()
        loader.onCampaignKeys = { keys in told.withLock { $0 = keys } }
        _ = loader.load(paths: [directory.url.path])
        return told.withLock { $0 }
    }

    @Test func theKeysOfEveryManifestAreToldBeforeContactsFilesAreRead() throws {
        let keys = try keysTold([
            "a.yaml": Fixtures.springCampaign(contactsFiles: " [missing.csv]"),
            "b.yaml": "campaigns:\n  autumn: {name: Autumn, configuration: hours}\n  winter: {name: Winter}\n",
            "c.yaml": "configurations:\n  other: {name: Other, agent: {agent_id: a}}\n",
        ])
        #expect(keys.map { Set($0) } == ["spring", "autumn", "winter"], "told even though the load fails")
    }

    @Test func keysTheDecoderWouldRefuseOrInterpolateAreNotGuessed() throws {
        let long = String(repeating: "k", count: 300)
        let keys = try keysTold([
            "a.yaml": "campaigns:\n  ok: {name: Ok}\n  ${CAMPAIGNCTL_TEAM}: {name: Team}\n  \(long): {name: Long}\n"
        ])
        #expect(keys == ["ok"])
    }

    @Test func tooManyCampaignsAreNotGuessedAtAll() throws {
        let many = (0...CampaignKeyScan.limit).map { "  c\($0): {name: C}\n" }.joined()
        #expect(try keysTold(["a.yaml": "campaigns:\n" + many]) == [])
        #expect(try keysTold(["a.yaml": "campaigns: [not, a, mapping]\n"]) == [])
    }
}
