import Foundation
import Testing

@testable import CampaignManifest

/// The digest a plan keeps of its manifests: every file the loader read (manifests, and the
/// YAML and CSV contacts files they name) under its shown name, with the SHA-256 of its bytes.
@Suite struct ManifestDigestTests {
    @Test(
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func digestsAreSHA256InLowercaseHex(text: String, hex: String) {
        #expect(ManifestDigest.digest(of: Data(text.utf8)) == "sha256:" + hex)
    }

    @Test func everyFileReadIsRecordedUnderItsShownNameWithTheDigestOfItsBytes() throws {
        let examples = Fixtures.testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples").path
        let result = Fixtures.loader().load(paths: [examples])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let expected = [
            "campaigns/clinic-reminders.yaml", "campaigns/spring-renewals.yaml", "campaigns/winter-survey.yaml",
            "configurations/appointment-reminders.yaml", "configurations/business-hours.yaml",
            "contacts/clinic-reminders.yaml", "contacts/spring-renewals.csv", "org.yaml",
        ]
        #expect(result.digest.files.keys.sorted() == expected.map { examples + "/" + $0 })
        for name in expected {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: examples + "/" + name))
            #expect(result.digest.files[examples + "/" + name] == ManifestDigest.digest(of: bytes), "\(name)")
        }
        #expect(result.state?.digest == result.digest)
    }

    @Test func aFileReachedByAnotherSpellingOfItsPathHasOneName() throws {
        let directory = try Self.manifests()
        defer { directory.remove() }
        let root = directory.url.path
        let plain = Fixtures.loader().load(paths: [root]).digest
        #expect(plain.files.count == 3, "org.yaml, the campaign's manifest and its CSV: \(plain.files.keys)")
        #expect(Fixtures.loader().load(paths: [root + "/./campaigns/../"]).digest == plain)
    }

    @Test func aFailedLoadStillRecordsWhatItRead() throws {
        let directory = try Self.manifests(csv: "id,phone\nlead-1,not a number\n")
        defer { directory.remove() }
        let result = Fixtures.loader().load(paths: [directory.url.path])
        #expect(result.state == nil && !result.errors.isEmpty)
        #expect(result.digest.files.count == 3)
    }

    @Test func differencesNameEachFileChangedAddedOrGone() {
        let before = ManifestDigest(files: ["a.yaml": "sha256:1", "b.csv": "sha256:2", "c.yaml": "sha256:3"])
        let after = ManifestDigest(files: ["a.yaml": "sha256:1", "b.csv": "sha256:9", "d.yaml": "sha256:4"])
        #expect(before.differences(to: before).isEmpty)
        #expect(
            before.differences(to: after) == [
                .init(path: "b.csv", change: .changed), .init(path: "c.yaml", change: .removed),
                .init(path: "d.yaml", change: .added),
            ])
    }

    /// `org.yaml`, and a campaign in `campaigns/` whose contacts are `contacts/leads.csv`.
    static func manifests(csv: String = "id,phone\nlead-1,+14155550101\n") throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for sub in ["campaigns", "contacts"] {
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try directory.write("org.yaml", "concurrency: {limit: 5}\n")
        try directory.write(
            "campaigns/leads.yaml",
            """
            configurations:
              hours: {name: Hours, agent: {agent_id: agent-1}}
            campaigns:
              leads:
                name: Leads
                configuration: hours
                contacts_files:
                  - path: ../contacts/leads.csv
                    columns: {external_id: id, phone_numbers: [phone]}

            """)
        try directory.write("contacts/leads.csv", csv)
        return directory
    }
}
