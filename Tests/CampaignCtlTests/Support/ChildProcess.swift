import Foundation

/// A child process whose output goes to files, so that a chatty child never blocks on a full
/// pipe and a killed one leaves what it wrote.
final class ChildProcess {
    let process = Process()
    let name: String
    private let stdoutURL: URL
    private let stderrURL: URL

    /// Starts `executable` in `directory`; standard input is `/dev/null` (never a terminal).
    init(_ executable: URL, _ arguments: [String], environment: [String: String], directory: URL) throws {
        name = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        let logs = directory.appendingPathComponent(".logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let stem = UUID().uuidString
        stdoutURL = logs.appendingPathComponent("\(stem).out")
        stderrURL = logs.appendingPathComponent("\(stem).err")
        FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }
    var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Waits for the exit; past `timeout` the child is killed and the wait throws.
    func wait(timeout: Duration = .seconds(120)) async throws -> Finished {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                process.waitUntilExit()
                throw TestFailure("`\(name)` did not finish within \(timeout); stderr:\n\(stderr.suffix(2000))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return Finished(command: name, status: process.terminationStatus,
                        signalled: process.terminationReason == .uncaughtSignal, stdout: stdout, stderr: stderr)
    }

    func send(_ signal: Int32) {
        if process.isRunning { kill(pid, signal) }
    }

    /// SIGKILL and reap, for cleanup on every path.
    func killNow() {
        guard process.isRunning else { return }
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }
}

/// How a child ended and what it wrote.
struct Finished: CustomStringConvertible {
    var command: String
    /// The exit code, or the signal number when `signalled`.
    var status: Int32
    var signalled: Bool
    var stdout: String
    var stderr: String

    var description: String {
        "`\(command)` \(signalled ? "killed by signal" : "exited") \(status)\n--- stdout (tail):\n\(stdout.suffix(3000))\n--- stderr (tail):\n\(stderr.suffix(3000))"
    }
}
