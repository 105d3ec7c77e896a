public import Foundation

/// The package's built executables and its source tree, as the tests find them.
public enum BuiltProducts {
    /// The package root, three levels above this file (`Tests/TestSupport/`).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A built executable: next to the test bundle (`.build/<triple>/debug/`, where `swift test`
    /// puts the products it built) or a few directories above it, else under `.build/debug/`.
    public static func executable(_ name: String) throws -> URL {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(name))
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)"))
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
            return found
        }
        throw TestFailure(
            "\(name) is not built (run `swift build --build-tests`); looked at:\n"
                + candidates.map(\.path).joined(separator: "\n"))
    }
}
