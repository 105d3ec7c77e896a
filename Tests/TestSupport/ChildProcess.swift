public import Foundation

/// A child process whose output goes to files, so that a chatty child never blocks on a full
/// pipe and a killed one leaves what it wrote. The files are removed with the object.
public final class ChildProcess {
    private let process: SpawnedProcess
    public let name: String
    private let stdoutURL: URL
    private let stderrURL: URL

    /// Starts `executable` in `directory` with exactly `environment`; standard input is
    /// `/dev/null` (never a terminal).
    public init(_ executable: URL, _ arguments: [String], environment: [String: String], directory: URL) throws {
        name = ([executable.lastPathComponent] + arguments).joined(separator: " ")
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("campaignctl-test-logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let stem = UUID().uuidString
        stdoutURL = logs.appendingPathComponent("\(stem).out")
        stderrURL = logs.appendingPathComponent("\(stem).err")
        process = try SpawnedProcess(
            executable.path, arguments, environment: environment, directory: directory.path,
            stdout: stdoutURL.path, stderr: stderrURL.path)
    }

    deinit {
        killNow()
        try? FileManager.default.removeItem(at: stdoutURL)
        try? FileManager.default.removeItem(at: stderrURL)
    }

    /// Runs to the end: how it exited and what it wrote.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String], directory: URL,
        timeout: Duration = .seconds(120)
    ) async throws -> Finished {
        try await ChildProcess(executable, arguments, environment: environment, directory: directory).wait(
            timeout: timeout)
    }

    public var isRunning: Bool { process.status == nil }
    public var pid: Int32 { process.pid }
    public var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    public var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Waits for the exit; past `timeout` the child is killed and the wait throws.
    public func wait(timeout: Duration = .seconds(120)) async throws -> Finished {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            if ContinuousClock.now >= deadline {
                killNow()
                throw TestFailure("`\(name)` did not finish within \(timeout); stderr:\n\(stderr.suffix(2000))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        let (code, signalled) = SpawnedProcess.decode(process.status ?? 0)
        return Finished(command: name, status: code, signalled: signalled, stdout: stdout, stderr: stderr)
    }

    /// Waits until stdout and stderr together satisfy `predicate`, and returns them.
    public func waitForOutput(_ timeout: Duration, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let output = stdout + stderr
            if predicate(output) { return output }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestFailure(
            "`\(name)`: the output awaited did not come within \(timeout); so far:\n\(stdout.suffix(2000))\n\(stderr.suffix(2000))"
        )
    }

    public func send(_ signal: Int32) {
        if isRunning { kill(pid, signal) }
    }

    /// SIGKILL and reap, for cleanup on every path.
    public func killNow() {
        guard isRunning else { return }
        kill(pid, SIGKILL)
        process.waitUntilExit()
    }
}

/// How a child ended and what it wrote.
public struct Finished: CustomStringConvertible, Sendable {
    public var command: String
    /// The exit code, or the signal number when `signalled`.
    public var status: Int32
    public var signalled: Bool
    public var stdout: String
    public var stderr: String

    public var description: String {
        "`\(command)` \(signalled ? "killed by signal" : "exited") \(status)\n--- stdout (tail):\n\(stdout.suffix(3000))\n--- stderr (tail):\n\(stderr.suffix(3000))"
    }
}

/// A test's own failure, said plainly.
public struct TestFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
