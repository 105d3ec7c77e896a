import Foundation

/// The built `campaignctl` executable run as a child process.
enum CampaignCtlProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The executable next to the test bundle (`.build/<triple>/debug/`), else under the package's
    /// `.build/debug/`. Throws, naming the places looked at, when it isn't built.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("campaignctl"))
            directory = directory.deletingLastPathComponent()
        }
        let packageRoot = Fixtures.testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/campaignctl"))
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        throw Failure(description: "campaignctl is not built (run `swift build`); looked at:\n" + candidates.map(\.path).joined(separator: "\n"))
    }

    /// Runs `campaignctl arguments` in `directory` with exactly `environment`; output goes through
    /// files, so neither stream can fill a pipe and stall the other.
    static func run(_ arguments: [String], environment: [String: String], in directory: URL) throws -> Output {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outURL = scratch.url.appendingPathComponent("stdout"), errURL = scratch.url.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Output(status: process.terminationStatus,
                      standardOutput: try String(contentsOf: outURL, encoding: .utf8),
                      standardError: try String(contentsOf: errURL, encoding: .utf8))
    }
}
