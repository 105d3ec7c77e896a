import Foundation

/// An executable of this package, run to completion as a child process.
struct BuiltBinary {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String
    }

    let url: URL

    /// The product next to the test bundle (the products directory on Linux), else under the
    /// package's `.build/debug/`.
    init(_ name: String) throws {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(name))
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(Examples.packageRoot.appendingPathComponent(".build/debug/\(name)"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }) else {
            throw NotBuilt(description: "\(name) is not built (run `swift build`); looked at:\n" + candidates.map(\.path).joined(separator: "\n"))
        }
        url = found
    }

    /// Runs with `arguments` in `directory`; output goes through files so that a full pipe can
    /// never stall the child.
    func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Duration = .seconds(60)) async throws -> Result {
        let output = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errors = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output); try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now > deadline {
                process.terminate()
                throw NotBuilt(description: "\(url.lastPathComponent) \(arguments.joined(separator: " ")) did not finish within \(timeout)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Result(status: process.terminationStatus, standardOutput: try String(contentsOf: output, encoding: .utf8),
                      standardError: try String(contentsOf: errors, encoding: .utf8))
    }
}
