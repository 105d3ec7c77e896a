public import Foundation

/// Golden files: text a person reads (help, plans, reports, error output), compared with a
/// committed copy. `RECORD_GOLDEN=1` rewrites the copies instead; review them with `git diff`.
///
/// The files are read from the source tree, not from a bundle, so that recording writes the
/// copies that are committed. A difference is thrown as a `TestFailure`, as everything in this
/// target reports failures: it stays free of the test framework, so executables (the
/// benchmarks) can link it.
public struct Golden: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// `Tests/<testTarget>/Golden` in the package.
    public init(testTarget: String) {
        self.init(directory: BuiltProducts.packageRoot.appendingPathComponent("Tests/\(testTarget)/Golden"))
    }

    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the file `name` in the directory, or writes it when recording. A
    /// difference throws, showing the first line where the two part.
    public func check(_ actual: String, name: String) throws {
        let file = directory.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            throw TestFailure("missing golden \(file.path); run with RECORD_GOLDEN=1 to write it")
        }
        guard let difference = Self.firstDifference(expected, actual) else { return }
        throw TestFailure(
            "\(name) differs from its golden (\(file.path)) \(difference)\n(RECORD_GOLDEN=1 rewrites goldens)")
    }

    /// Where `actual` first departs from `expected`, as a diff would show it; nil when equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        let line = Array(zip(old, new)).firstIndex { $0 != $1 } ?? min(old.count, new.count)
        let show = { (lines: [String]) in lines.indices.contains(line) ? lines[line] : "(end of file)" }
        return "at line \(line + 1):\n- golden: \(show(old))\n+ actual: \(show(new))"
    }
}
