public import Foundation

/// The built `anyreach-emulator` on a loopback port, its state in a SQLite file that a later
/// server (say, one without faults) can open again. A child process, so that a benchmark's own
/// CPU time is the client's alone and the emulator's is read from `/proc`.
public final class EmulatorServer {
    public let child: ChildProcess
    public let port: Int
    public let database: URL

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The emulator's built-in all-scope credential (`CredentialStore.localToken`), for what
    /// doesn't link the emulator.
    public static let localToken = "ak_local.emulator"

    private init(child: ChildProcess, port: Int, database: URL) {
        self.child = child
        self.port = port
        self.database = database
    }

    /// Starts a server on `database` with extra flags (latency, faults, credentials, the dialer)
    /// and waits for its "listening on" line.
    public static func start(database: URL, port: Int = 0, _ flags: [String] = []) async throws -> EmulatorServer {
        let arguments = ["--port", String(port), "--db", database.path] + flags
        let child = try ChildProcess(
            try BuiltProducts.executable("anyreach-emulator"), arguments,
            environment: ProcessInfo.processInfo.environment, directory: database.deletingLastPathComponent())
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let port = listeningPort(in: child.stdout) {
                return EmulatorServer(child: child, port: port, database: database)
            }
            if !child.isRunning {
                throw TestFailure("anyreach-emulator exited before listening: \(child.stderr.suffix(2000))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        child.killNow()
        throw TestFailure("anyreach-emulator did not print its listening line within 60 s")
    }

    /// The port of the first `http://127.0.0.1:PORT` after `marker` in a process's output (the
    /// emulator's listening line, or campaignctl's `metrics on` line).
    public static func listeningPort(in output: String, after marker: String = "listening on http://") -> Int? {
        guard let range = output.range(of: marker) else { return nil }
        let rest = output[range.upperBound...]
        guard let colon = rest.range(of: "127.0.0.1:") else { return nil }
        let digits = rest[colon.upperBound...].prefix { $0.isNumber }
        // Something must follow the digits: a port still being written would be cut short.
        guard let next = rest[colon.upperBound...].dropFirst(digits.count).first, !next.isNumber else { return nil }
        return Int(digits)
    }

    /// SIGTERM and wait, so the database is closed cleanly before another server opens it.
    public func stop() async throws {
        child.send(SIGTERM)
        _ = try await child.wait(timeout: .seconds(20))
    }

    /// Cleanup on any path: kills the server if it still runs.
    public func kill() { child.killNow() }

    /// CPU seconds the server has used so far (user + system, from `/proc/PID/stat`); nil where
    /// the system doesn't tell.
    public var cpuSeconds: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(child.pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        // After the command name: state is field 3; utime and stime are fields 14 and 15, in ticks.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
