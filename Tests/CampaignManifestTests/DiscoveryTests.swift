import Foundation
import Testing

@testable import CampaignManifest

/// Which files `validate PATH...` reads.
@Suite struct DiscoveryTests {
    @Test func directoriesAreSearchedForYAMLSkippingHiddenOnes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for sub in ["a/b", ".git", "c"] {
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for name in ["a/b/one.yaml", "a/two.yml", ".git/hidden.yaml", ".hidden.yaml", "c/notes.txt", "c/data.csv"] {
            try directory.write(name, "concurrency: {limit: 5}\n")
        }
        let files = try Self.shown([directory.url.path])
        #expect(
            files.map { $0.replacingOccurrences(of: directory.url.path + "/", with: "") } == [
                "a/b/one.yaml", "a/two.yml",
            ])
    }

    @Test func aSymlinkedDirectoryIsSearchedUnderItsOwnName() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("real"), withIntermediateDirectories: true)
        try directory.write("real/org.yaml", "concurrency: {limit: 5}\n")
        let link = directory.url.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: directory.url.appendingPathComponent("real").path)
        #expect(try Self.shown([link]) == [link + "/org.yaml"])
        #expect(try Self.shown([link + "/"]) == [link + "/org.yaml"])
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("org.yaml", "concurrency: {limit: 5}\n")
        let file = directory.url.appendingPathComponent("org.yaml").path
        #expect(try Self.shown([file, directory.url.path]) == [file])
    }

    @Test func linksInsideTheTreeAreFollowedAndLinksOutRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let outside = try TemporaryDirectory()
        defer { outside.remove() }
        try outside.write("secret.yaml", "concurrency: {limit: 5}\n")
        for sub in ["repo/shared", "repo/campaigns", "repo/.kept"] {
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try directory.write("repo/shared/windows.yaml", "concurrency: {limit: 5}\n")
        try directory.write("repo/.kept/extra.yaml", "concurrency: {limit: 5}\n")
        let repo = directory.url.appendingPathComponent("repo").path
        let links = [
            ("campaigns/inside", repo + "/.kept"), ("campaigns/again", repo + "/shared"), ("campaigns/loop", repo),
            ("campaigns/out", outside.url.path), ("campaigns/out.yaml", outside.url.path + "/secret.yaml"),
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: repo + "/" + name, withDestinationPath: target)
        }
        let found = try ManifestDiscovery.files(in: [repo], boundary: ReadBoundary(commandLinePaths: [repo]))
        let relative = { (path: String) in path.replacingOccurrences(of: repo + "/", with: "") }
        // A file reached through a link and where it is keeps the name where it is.
        #expect(found.files.map { relative($0.shown) } == ["campaigns/inside/extra.yaml", "shared/windows.yaml"])
        #expect(found.refused.map { relative($0.path) } == ["campaigns/out", "campaigns/out.yaml"])
        #expect(found.refused.allSatisfy { $0.refusal == .linksOutside })
    }

    private static func shown(_ paths: [String]) throws -> [String] {
        try ManifestDiscovery.files(in: paths, boundary: ReadBoundary(commandLinePaths: paths)).files.map(\.shown)
    }
}
