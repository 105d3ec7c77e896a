import Foundation
import TestSupport

/// Where the package's own files are: examples, fixtures and goldens.
enum Locations {
    static var packageRoot: URL { BuiltProducts.packageRoot }

    static var examples: URL { packageRoot.appendingPathComponent("examples") }
    static var testsDirectory: URL { packageRoot.appendingPathComponent("Tests/CampaignCtlTests") }
    static var fixtures: URL { testsDirectory.appendingPathComponent("Fixtures") }
    static var goldens: Golden { Golden(testTarget: "CampaignCtlTests") }

    /// The example repositories: `examples/` itself while it holds manifests at its top (one
    /// repository spread over folders), else each of its subdirectories that holds manifests.
    static func exampleRepositories() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        if files.contains(where: isManifest) || files.contains(where: { ["campaigns", "configurations"].contains($0) })
        {
            return ["."]
        }
        return files.sorted().filter { name in
            let enumerator = FileManager.default.enumerator(atPath: examples.appendingPathComponent(name).path)
            return (enumerator?.allObjects as? [String] ?? []).contains(where: isManifest)
        }
    }

    private static func isManifest(_ name: String) -> Bool { name.hasSuffix(".yaml") || name.hasSuffix(".yml") }
}
