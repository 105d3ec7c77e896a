@testable import CampaignManifest
import Foundation
import Testing

/// Which files `validate PATH...` reads.
@Suite struct DiscoveryTests {
    @Test func directoriesAreSearchedForYAMLSkippingHiddenOnes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for sub in ["a/b", ".git", "c"] {
            try FileManager.default.createDirectory(at: directory.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for name in ["a/b/one.yaml", "a/two.yml", ".git/hidden.yaml", ".hidden.yaml", "c/notes.txt", "c/data.csv"] {
            try directory.write(name, "concurrency: {limit: 5}\n")
        }
        let files = try ManifestDiscovery.files(in: [directory.url.path])
        #expect(files.map { $0.replacingOccurrences(of: directory.url.path + "/", with: "") } == ["a/b/one.yaml", "a/two.yml"])
    }

    @Test func aSymlinkedDirectoryIsSearchedUnderItsOwnName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("real"), withIntermediateDirectories: true)
        try directory.write("real/org.yaml", "concurrency: {limit: 5}\n")
        let link = directory.url.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.url.appendingPathComponent("real").path)
        #expect(try ManifestDiscovery.files(in: [link]) == [link + "/org.yaml"])
        #expect(try ManifestDiscovery.files(in: [link + "/"]) == [link + "/org.yaml"])
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("org.yaml", "concurrency: {limit: 5}\n")
        let file = directory.url.appendingPathComponent("org.yaml").path
        #expect(try ManifestDiscovery.files(in: [file, directory.url.path]) == [file])
    }
}
