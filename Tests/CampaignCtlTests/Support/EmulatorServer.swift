import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport

/// The routes the emulator serves for tests.
extension EmulatorServer {

    func resetMetrics() async throws {
        let response = try await HTTP.send("DELETE", baseURL + "/_emulator/metrics")
        guard (200..<300).contains(response.status) else {
            throw TestFailure("DELETE /_emulator/metrics answered \(response.status)")
        }
    }

    func metrics() async throws -> RequestCounts {
        RequestCounts(try await HTTP.expectJSON("GET", baseURL + "/_emulator/metrics"))
    }

    /// The requests in the order they were answered.
    func requestLog() async throws -> [LoggedRequest] {
        let body = try await HTTP.expectJSON("GET", baseURL + "/_emulator/requests")
        return (body["requests"]?.arrayValue ?? []).map { entry in
            LoggedRequest(
                method: entry["method"]?.stringValue ?? "", path: entry["path"]?.stringValue ?? "",
                status: entry["status"]?.intValue ?? -1)
        }
    }
}

/// `GET /_emulator/metrics`, by method, route and status.
struct RequestCounts: CustomStringConvertible {
    struct Entry {
        var method: String
        var route: String
        var status: Int
        var count: Int
    }
    var entries: [Entry]

    init(_ json: JSONValue) {
        entries = (json["requests"]?.arrayValue ?? []).map { entry in
            Entry(
                method: entry["method"]?.stringValue ?? "", route: entry["route"]?.stringValue ?? "",
                status: entry["status"]?.intValue ?? -1, count: entry["count"]?.intValue ?? 0)
        }
    }

    var total: Int { entries.reduce(0) { $0 + $1.count } }
    /// Every API request that was not a read (the `/_emulator` routes are the test's own).
    var writes: [Entry] { entries.filter { $0.method != "GET" && !$0.route.hasPrefix("/_emulator") } }
    var writeCount: Int { writes.reduce(0) { $0 + $1.count } }
    func count(_ method: String, _ route: String) -> Int {
        entries.filter { $0.method == method && $0.route == route }.reduce(0) { $0 + $1.count }
    }

    var description: String {
        entries.map { "\($0.method) \($0.route) \($0.status) ×\($0.count)" }.joined(separator: "\n")
    }
}

/// One entry of `GET /_emulator/requests`.
struct LoggedRequest: CustomStringConvertible {
    var method: String
    var path: String
    var status: Int
    var description: String { "\(method) \(path) \(status)" }
}
