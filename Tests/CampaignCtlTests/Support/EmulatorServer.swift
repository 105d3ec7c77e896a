import AnyreachAPI
import Foundation

/// The built `anyreach-emulator` on a loopback port, its state in a SQLite file that a later
/// server (say, one without faults) can open again.
final class EmulatorServer {
    let child: ChildProcess
    let port: Int
    let database: URL

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(child: ChildProcess, port: Int, database: URL) {
        self.child = child
        self.port = port
        self.database = database
    }

    /// Starts a server on `database` with extra flags (faults, credentials) and waits for its
    /// "listening on" line.
    static func start(database: URL, _ flags: [String] = []) async throws -> EmulatorServer {
        let arguments = ["--port", "0", "--db", database.path] + flags
        let child = try ChildProcess(try Locations.executable("anyreach-emulator"), arguments,
                                     environment: ProcessInfo.processInfo.environment, directory: database.deletingLastPathComponent())
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let port = parsePort(child.stdout) { return EmulatorServer(child: child, port: port, database: database) }
            if !child.isRunning { throw TestFailure("anyreach-emulator exited before listening: \(child.stderr.suffix(2000))") }
            try await Task.sleep(for: .milliseconds(20))
        }
        child.killNow()
        throw TestFailure("anyreach-emulator did not print its listening line within 30 s")
    }

    /// `anyreach-emulator listening on http://127.0.0.1:PORT` → PORT.
    private static func parsePort(_ output: String) -> Int? {
        let prefix = "anyreach-emulator listening on http://"
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }), let colon = line.lastIndex(of: ":") else { return nil }
        return Int(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// SIGTERM and wait, so the database is closed cleanly before another server opens it.
    func stop() async throws {
        child.send(SIGTERM)
        _ = try await child.wait(timeout: .seconds(20))
    }

    /// Cleanup on any path: kills the server if it still runs.
    func kill() { child.killNow() }

    // MARK: - The /_emulator routes

    func resetMetrics() async throws {
        let response = try await HTTP.send("DELETE", baseURL + "/_emulator/metrics")
        guard (200..<300).contains(response.status) else { throw TestFailure("DELETE /_emulator/metrics answered \(response.status)") }
    }

    func metrics() async throws -> RequestCounts {
        RequestCounts(try await HTTP.expectJSON("GET", baseURL + "/_emulator/metrics"))
    }

    /// The requests in the order they were answered.
    func requestLog() async throws -> [LoggedRequest] {
        let body = try await HTTP.expectJSON("GET", baseURL + "/_emulator/requests")
        return (body["requests"]?.arrayValue ?? []).map { entry in
            LoggedRequest(method: entry["method"]?.stringValue ?? "", path: entry["path"]?.stringValue ?? "", status: entry["status"]?.intValue ?? -1)
        }
    }
}

/// `GET /_emulator/metrics`, by method, route and status.
struct RequestCounts: CustomStringConvertible {
    struct Entry { var method: String; var route: String; var status: Int; var count: Int }
    var entries: [Entry]

    init(_ json: JSONValue) {
        entries = (json["requests"]?.arrayValue ?? []).map { entry in
            Entry(method: entry["method"]?.stringValue ?? "", route: entry["route"]?.stringValue ?? "",
                  status: entry["status"]?.intValue ?? -1, count: entry["count"]?.intValue ?? 0)
        }
    }

    var total: Int { entries.reduce(0) { $0 + $1.count } }
    /// Every API request that was not a read (the `/_emulator` routes are the test's own).
    var writes: [Entry] { entries.filter { $0.method != "GET" && !$0.route.hasPrefix("/_emulator") } }
    var writeCount: Int { writes.reduce(0) { $0 + $1.count } }
    func count(_ method: String, _ route: String) -> Int { entries.filter { $0.method == method && $0.route == route }.reduce(0) { $0 + $1.count } }

    var description: String { entries.map { "\($0.method) \($0.route) \($0.status) ×\($0.count)" }.joined(separator: "\n") }
}

/// One entry of `GET /_emulator/requests`.
struct LoggedRequest: CustomStringConvertible {
    var method: String
    var path: String
    var status: Int
    var description: String { "\(method) \(path) \(status)" }
}
