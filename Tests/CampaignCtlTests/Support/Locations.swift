import Foundation

/// Where the built executables and the package's own files are.
enum Locations {
    /// The package root, four levels above this file (`Tests/CampaignCtlTests/Support/`).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var examples: URL { packageRoot.appendingPathComponent("examples") }
    static var testsDirectory: URL { packageRoot.appendingPathComponent("Tests/CampaignCtlTests") }
    static var fixtures: URL { testsDirectory.appendingPathComponent("Fixtures") }
    static var goldens: URL { testsDirectory.appendingPathComponent("Golden") }

    /// A built executable: next to the test bundle (`.build/<triple>/debug/`), where `swift test`
    /// puts the products it built, else under the package's `.build/debug/`.
    static func executable(_ name: String) throws -> URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        let candidates = [bundleDirectory.appendingPathComponent(name), bundleDirectory.deletingLastPathComponent().appendingPathComponent(name),
                          packageRoot.appendingPathComponent(".build/debug/\(name)")]
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        throw TestFailure("\(name) is not built (run `swift build --build-tests`); looked at:\n" + candidates.map(\.path).joined(separator: "\n"))
    }

    /// The example repositories: `examples/` itself while it holds manifests at its top (one
    /// repository spread over folders), else each of its subdirectories that holds manifests.
    static func exampleRepositories() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        if files.contains(where: isManifest) || files.contains(where: { ["campaigns", "configurations"].contains($0) }) { return ["."] }
        return files.sorted().filter { name in
            let enumerator = FileManager.default.enumerator(atPath: examples.appendingPathComponent(name).path)
            return (enumerator?.allObjects as? [String] ?? []).contains(where: isManifest)
        }
    }

    private static func isManifest(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }
}

/// A test's own failure, said plainly.
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
