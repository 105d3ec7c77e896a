import Foundation

/// The built `anyreach-emulator` as a child process on a SQLite file, so a benchmark measures
/// only its own CPU time and memory, and can restart the emulator with other settings.
final class EmulatorChild {
    let process: Process
    let baseURL: String
    private let output: URL

    private init(process: Process, baseURL: String, output: URL) {
        self.process = process
        self.baseURL = baseURL
        self.output = output
    }

    /// Starts on a free port and returns once it prints its listening line.
    static func start(database: String, latencyMilliseconds: Int, in directory: URL) async throws -> EmulatorChild {
        let binary = try BuiltBinary("anyreach-emulator")
        let output = directory.appendingPathComponent("emulator-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = binary.url
        process.arguments = ["--port", "0", "--db", database, "--latency-ms", String(latencyMilliseconds)]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline, process.isRunning {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first, let url = line.split(separator: " ").last, url.hasPrefix("http") {
                return EmulatorChild(process: process, baseURL: String(url), output: output)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw BuiltBinary.NotBuilt(description: "anyreach-emulator did not start on \(database)")
    }

    /// SIGTERM, then waits for the exit.
    func stop() async {
        process.terminate()
        while process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
        try? FileManager.default.removeItem(at: output)
    }
}
