import Foundation

/// A temporary directory for one test: manifests, saved plans, reports, the emulator database
/// and the children's output. Removed by `remove()`; kept when `KEEP_TEST_WORKSPACES` is set.
struct Workspace {
    let root: URL

    init(_ name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "campaignctl-tests/\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// A database path for an emulator (`name.sqlite` in the workspace).
    func database(_ name: String = "emulator") -> URL { url("\(name).sqlite") }

    /// Copies one example repository (`.` for the whole `examples/` tree) to `examples/`.
    func copyExample(_ repository: String) throws {
        let source = Locations.examples.appendingPathComponent(repository).standardizedFileURL
        try FileManager.default.copyItem(at: source, to: url("examples"))
    }

    /// Copies `Fixtures/NAME` to `NAME/`.
    func copyFixture(_ name: String) throws {
        try FileManager.default.copyItem(at: Locations.fixtures.appendingPathComponent(name), to: url(name))
    }

    func write(_ path: String, _ text: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    func remove() {
        if ProcessInfo.processInfo.environment["KEEP_TEST_WORKSPACES"] == nil {
            try? FileManager.default.removeItem(at: root)
        }
    }
}
