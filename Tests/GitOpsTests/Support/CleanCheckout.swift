import Foundation

/// The environment of a newcomer's shell: a plain PATH, a home of its own, no colour, nothing
/// of the machine that runs the tests (no ANYREACH_* settings in particular).
func cleanEnvironment(_ home: URL, _ extra: [String: String] = [:]) -> [String: String] {
    ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": home.path].merging(extra) { $1 }
}

/// A fresh temporary directory, removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gitops-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
