import Foundation
import TestSupport

/// The built campaignctl in a newcomer's shell, in `home`: a plain PATH, a home of its own, no
/// colour, nothing of the machine that runs the tests (no ANYREACH_* settings in particular).
func newcomersCampaignctl(_ home: URL, token: String? = nil) -> Campaignctl {
    Campaignctl(directory: home, token: token, environment: ["PATH": "/usr/bin:/bin", "HOME": home.path], base: .empty)
}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gitops-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
