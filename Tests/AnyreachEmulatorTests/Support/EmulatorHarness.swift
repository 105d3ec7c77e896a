import AnyreachAPI
@testable import AnyreachEmulator
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An answer from the emulator, with the body parsed when it is JSON.
struct APIResponse {
    var status: Int
    var headers: HTTPHeaders
    var text: String
    var json: JSONValue?

    /// `json[key]` for object bodies.
    subscript(key: String) -> JSONValue? { json?.objectValue?[key] }

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

    /// Runs `body` against a fresh emulator, stopping it on every path.
    static func with<T>(_ configuration: EmulatorConfiguration = EmulatorConfiguration(), _ body: (EmulatorHarness) async throws -> T) async throws -> T {
        let emulator = try await RunningEmulator.start(configuration)
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
    func send(_ method: HTTPMethod, _ path: String, json: JSONValue? = nil, raw: String? = nil,
              token: String? = CredentialStore.localToken, org: String? = nil) async throws -> APIResponse {
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
        return APIResponse(status: Int(response.status.code), headers: response.headers, text: text,
                           json: try? JSONValue.parse(Array(text.utf8)))
    }

    func get(_ path: String) async throws -> APIResponse { try await send(.GET, path) }
    func post(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.POST, path, json: json) }
    func patch(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.PATCH, path, json: json) }
    func delete(_ path: String) async throws -> APIResponse { try await send(.DELETE, path) }

    /// Creates a configuration and returns its id.
    func createConfiguration(externalID: String? = nil, countryCode: String = "+1", extra: [String: JSONValue] = [:]) async throws -> String {
        var body: [String: JSONValue] = ["name": "config", "agent": ["agent_id": "agent-1"], "dialing_policy": ["default_country_code": .string(countryCode)]]
        if let externalID { body["external_id"] = .string(externalID) }
        body.merge(extra) { _, new in new }
        let response = try await post("/campaign/configurations", .object(body))
        guard response.status == 200, let id = response["id"]?.stringValue else { throw HarnessError(response: response) }
        return id
    }

    /// Creates a campaign and returns its id.
    func createCampaign(externalID: String?, configurationID: String, contacts: [JSONValue]? = nil, name: String = "campaign") async throws -> String {
        var body: [String: JSONValue] = ["name": .string(name), "configuration_id": .string(configurationID)]
        if let externalID { body["external_id"] = .string(externalID) }
        if let contacts { body["contacts"] = .array(contacts) }
        let response = try await post("/campaign/campaigns", .object(body))
        guard response.status == 200, let id = response["id"]?.stringValue else { throw HarnessError(response: response) }
        return id
    }

    /// Request counts from `GET /_emulator/metrics`, keyed by "METHOD route status".
    func metrics() async throws -> [String: Int] {
        let response = try await get("/_emulator/metrics")
        guard case .array(let entries)? = response["requests"] else { return [:] }
        var counts: [String: Int] = [:]
        for entry in entries {
            guard let object = entry.objectValue, let method = object["method"]?.stringValue, let route = object["route"]?.stringValue,
                  case .int(let status)? = object["status"], case .int(let count)? = object["count"] else { continue }
            counts["\(method) \(route) \(status)", default: 0] += Int(count)
        }
        return counts
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var response: APIResponse
    var description: String { "unexpected \(response.status): \(response.text)" }
}

