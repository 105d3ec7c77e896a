import AnyreachAPI
import AnyreachModel
import AsyncHTTPClient
import Foundation
import GRDB
import NIOCore
import NIOHTTP1
import Synchronization

@testable import AnyreachEmulator

/// An answer from the emulator, with the body parsed when it is JSON.
struct APIResponse {
    var status: Int
    var headers: HTTPHeaders
    var text: String
    var json: JSONValue?

    /// `json[key]` for object bodies.
    subscript(key: String) -> JSONValue? { json?.objectValue?[key] }

    /// `json[key]` as a list of strings, nil for entries that are not (an upsert's `contact_ids`).
    func strings(_ key: String) -> [String?] {
        guard case .array(let items)? = self[key] else { return [] }
        return items.map(\.stringValue)
    }

    /// `json[key]` as a list of objects (a page's `campaigns`, an upsert's `failed`).
    func objects(_ key: String) -> [[String: JSONValue]] {
        guard case .array(let items)? = self[key] else { return [] }
        return items.compactMap(\.objectValue)
    }

    /// The `loc` arrays of a 422 body, as strings like `body.contacts.3.phone_numbers.0`.
    var locs: [String] {
        guard case .array(let issues)? = self["detail"] else { return [] }
        return issues.compactMap { issue -> String? in
            guard case .array(let loc)? = issue.objectValue?["loc"] else { return nil }
            return loc.map { part -> String in
                switch part {
                case .string(let key): key
                case .int(let index): String(index)
                default: "?"
                }
            }.joined(separator: ".")
        }
    }
}

/// Starts an emulator on a loopback port for one test, and talks to it over real HTTP.
struct EmulatorHarness {
    let emulator: RunningEmulator

    /// Runs `body` against a fresh emulator, stopping it on every path. `clock` lets a test move
    /// time by hand (see `ManualClock`).
    static func with<T>(
        _ configuration: EmulatorConfiguration = EmulatorConfiguration(), clock: EmulatorClock = EmulatorClock(),
        _ body: (EmulatorHarness) async throws -> T
    ) async throws -> T {
        let store = try EmulatorStore(storage: configuration.storage, clock: clock)
        let emulator = try await RunningEmulator.start(configuration, store: store)
        do {
            let result = try await body(EmulatorHarness(emulator: emulator))
            await emulator.stop()
            return result
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// Sends a request. `json` is encoded compactly; `raw` is sent as it is (for malformed bodies).
    func send(
        _ method: HTTPMethod, _ path: String, json: JSONValue? = nil, raw: String? = nil,
        token: String? = CredentialStore.localToken, org: String? = nil
    ) async throws -> APIResponse {
        var request = HTTPClientRequest(url: emulator.baseURL + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let org { request.headers.add(name: Contract.orgHeader, value: org) }
        if let body = raw ?? json.map({ $0.compactString() }) {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 512 * 1024 * 1024)
        let text = String(buffer: bytes)
        return APIResponse(
            status: Int(response.status.code), headers: response.headers, text: text,
            json: try? JSONValue.parse(Array(text.utf8)))
    }

    func get(_ path: String) async throws -> APIResponse { try await send(.GET, path) }
    func post(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.POST, path, json: json) }
    func patch(_ path: String, _ json: JSONValue) async throws -> APIResponse {
        try await send(.PATCH, path, json: json)
    }
    func put(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.PUT, path, json: json) }
    func delete(_ path: String) async throws -> APIResponse { try await send(.DELETE, path) }

    /// Creates a configuration and returns its id.
    func createConfiguration(externalID: String? = nil, countryCode: String = "+1", extra: [String: JSONValue] = [:])
        async throws -> String
    {
        var body: [String: JSONValue] = [
            "name": "config", "agent": ["agent_id": "agent-1"],
            "dialing_policy": ["default_country_code": .string(countryCode)],
        ]
        if let externalID { body["external_id"] = .string(externalID) }
        body.merge(extra) { _, new in new }
        let response = try await post("/campaign/configurations", .object(body))
        guard response.status == 200, let id = response["id"]?.stringValue else {
            throw HarnessError(response: response)
        }
        return id
    }

    /// Creates a campaign and returns its id.
    func createCampaign(
        externalID: String?, configurationID: String, contacts: [JSONValue]? = nil, name: String = "campaign"
    ) async throws -> String {
        var body: [String: JSONValue] = ["name": .string(name), "configuration_id": .string(configurationID)]
        if let externalID { body["external_id"] = .string(externalID) }
        if let contacts { body["contacts"] = .array(contacts) }
        let response = try await post("/campaign/campaigns", .object(body))
        guard response.status == 200, let id = response["id"]?.stringValue else {
            throw HarnessError(response: response)
        }
        return id
    }

    /// Request counts from `GET /_emulator/metrics`, keyed by "METHOD route status".
    func metrics() async throws -> [String: Int] {
        let response = try await get("/_emulator/metrics")
        guard case .array(let entries)? = response["requests"] else { return [:] }
        var counts: [String: Int] = [:]
        for entry in entries {
            guard let object = entry.objectValue, let method = object["method"]?.stringValue,
                let route = object["route"]?.stringValue,
                case .int(let status)? = object["status"], case .int(let count)? = object["count"]
            else { continue }
            counts["\(method) \(route) \(status)", default: 0] += Int(count)
        }
        return counts
    }
}

extension EmulatorHarness {
    /// Sets a contact's status directly in SQLite: only the dialer moves contacts to `locked` etc.
    func setStatus(_ status: String, ofContact id: String) async throws {
        try await emulator.store.writer.write { db in
            try db.execute(sql: "UPDATE contact SET status = ? WHERE id = ?", arguments: [status, id])
        }
    }

    /// Records `count` finished call attempts for a contact, as the dialer would.
    func addAttempts(_ count: Int, toContact id: String) async throws {
        let ids = (0..<count).map { _ in emulator.store.clock.nextID() }
        try await emulator.store.writer.write { db in
            for attempt in ids {
                try db.execute(
                    sql: """
                        INSERT INTO attempt (id, contact_seq, phone_number, conversation_id, outcome, started_at, ended_at)
                        SELECT ?, seq, '+12025550100', 'conv', 'no_answer', 0, 1 FROM contact WHERE id = ?
                        """, arguments: [attempt, id])
            }
        }
    }

    /// Upserts items into `campaign` and returns the upsert response, failing on anything but 200.
    @discardableResult
    func upsert(_ campaign: String, _ items: [JSONValue]) async throws -> APIResponse {
        let response = try await post("/campaign/campaigns/\(campaign)/contacts", ["contacts": .array(items)])
        guard response.status == 200 else { throw HarnessError(response: response) }
        return response
    }
}

/// A wall clock that only moves when told, for `updated_at` checks without sleeping.
final class ManualClock: Sendable {
    private let seconds = Mutex<Double>(1_795_608_000)
    func advance(by delta: Double) { seconds.withLock { $0 += delta } }
    var clock: EmulatorClock {
        EmulatorClock(wallClock: { [self] in Date(timeIntervalSince1970: seconds.withLock { $0 }) })
    }
}

/// A distinct valid E.164 number per `index` (0–9999).
func phone(_ index: Int) -> JSONValue {
    .string("+1202555" + String(index).leftPadded(to: 4))
}

extension JSONValue {
    /// The value as a number, whether it came as an integer or a double (`0.0` encodes as `0`).
    var numberValue: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var response: APIResponse
    var description: String { "unexpected \(response.status): \(response.text)" }
}
