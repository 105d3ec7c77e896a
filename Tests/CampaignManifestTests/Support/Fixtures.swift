import Foundation

@testable import CampaignManifest

/// Where the fixtures live: read from the source tree through `#filePath`, so that paths in
/// diagnostics and golden files stay the same whichever way the tests are built.
enum Fixtures {
    /// `Tests/CampaignManifestTests`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let root = testsDirectory.appendingPathComponent("Fixtures")

    /// The environment every fixture test interpolates from.
    static let environment = [
        "CAMPAIGNCTL_TEAM": "blue-team",
        "CAMPAIGNCTL_AGENT": "agent-from-env",
        "CAMPAIGNCTL_PRIORITY": "7",
        "HOME": "/root",
    ]

    /// A manifest of one configuration (`hours`) and one campaign (`spring`) on it whose contacts
    /// come from `contactsFiles` (YAML flow or block lines, indented for the campaign). The
    /// configuration calls in Los Angeles, where the fixtures' 415 numbers ring, so that the zone
    /// check has nothing to say.
    static func springCampaign(contactsFiles: String) -> String {
        """
        configurations:
          hours: {name: Hours, agent: {agent_id: a}, schedule: {default_timezone: America/Los_Angeles}}
        campaigns:
          spring:
            name: Spring
            configuration: hours
            contacts_files:\(contactsFiles)
        """
    }

    static func loader() -> ManifestLoader {
        ManifestLoader(interpolator: Interpolator(prefix: "CAMPAIGNCTL_", environment: environment))
    }

    /// Loads the manifests under `Fixtures/<relative>`.
    static func load(_ relative: String) -> ManifestLoadResult {
        loader().load(paths: [root.appendingPathComponent(relative).path])
    }
}

/// A directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("campaignctl-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` exactly as given (BOMs and CRLFs included).
    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
