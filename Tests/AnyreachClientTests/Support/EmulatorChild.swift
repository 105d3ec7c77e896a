import Foundation

/// The built `anyreach-emulator` as a child process on a SQLite file, so that a benchmark's own
/// CPU time is the client's alone and the emulator's is read from `/proc`.
final class EmulatorChild {
    let process: Process
    let baseURL: String
    private let output: URL

    private init(process: Process, baseURL: String, output: URL) {
        self.process = process
        self.baseURL = baseURL
        self.output = output
    }

    /// The binary next to the test bundle (SwiftPM's products directory), if it was built.
    static var binary: URL? {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("anyreach-emulator") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Starts on a free port and returns once it prints its listening line.
    static func start(_ binary: URL, database: String, latencyMilliseconds: Int) async throws -> EmulatorChild {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = binary
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
        throw NotStarted(database: database)
    }

    /// CPU seconds the child has used so far (user + system, from `/proc/PID/stat`); nil where
    /// the system doesn't tell.
    var cpuSeconds: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let end = stat.lastIndex(of: ")") else { return nil }
        // After the command name: state is field 3; utime and stime are fields 14 and 15, in ticks.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// SIGTERM, then waits for the exit.
    func stop() async {
        process.terminate()
        while process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
        try? FileManager.default.removeItem(at: output)
    }

    struct NotStarted: Error, CustomStringConvertible {
        var database: String
        var description: String { "anyreach-emulator did not start on \(database)" }
    }
}
