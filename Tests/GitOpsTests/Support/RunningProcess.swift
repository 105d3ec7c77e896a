import Foundation
import Synchronization

/// A process left running, whose output is collected as it arrives.
final class RunningProcess: Sendable {
    private let process: Process
    private let output = OutputBuffer()

    init(_ executable: String, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1", "HOME": directory.path].merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        self.process = process
        let buffer = output
        pipe.fileHandleForReading.readabilityHandler = { handle in
            buffer.append(String(decoding: handle.availableData, as: UTF8.self))
        }
        try process.run()
    }

    var text: String { output.text }

    /// Waits until the output matches `predicate`, up to `timeout`.
    func waitFor(_ timeout: Duration, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if predicate(text) { return text }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TimedOut(output: text)
    }

    /// The first `http://127.0.0.1:PORT` after `marker` in the output.
    func port(after marker: String) async throws -> Int {
        let text = try await waitFor(.seconds(60)) { $0.contains(marker) && $0.range(of: marker).map { !$0.isEmpty } == true && Self.port(in: $0, after: marker) != nil }
        return Self.port(in: text, after: marker)!
    }

    static func port(in text: String, after marker: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        let rest = text[range.upperBound...]
        guard let colon = rest.range(of: "127.0.0.1:") else { return nil }
        return Int(rest[colon.upperBound...].prefix { $0.isNumber })
    }

    func terminate() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    var isRunning: Bool { process.isRunning }

    struct TimedOut: Error, CustomStringConvertible {
        var output: String
        var description: String { "timed out; output so far:\n\(output)" }
    }
}

/// Output collected from a pipe's handler thread.
final class OutputBuffer: Sendable {
    private let storage = Mutex("")
    func append(_ text: String) { storage.withLock { $0 += text } }
    var text: String { storage.withLock { $0 } }
}
