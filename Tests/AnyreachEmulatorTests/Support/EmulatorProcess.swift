import AnyreachAPI
import AnyreachModel
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import TestSupport

/// The built `anyreach-emulator` executable run as a child process, for tests of the binary itself
/// (restarts on a file database, signals, `--help`).
final class EmulatorProcess {
    private let server: EmulatorServer

    var port: Int { server.port }
    var baseURL: String { server.baseURL }

    private init(server: EmulatorServer) {
        self.server = server
    }

    /// Runs the executable to completion with `arguments`: its exit status, and what it wrote to
    /// standard output and standard error.
    static func run(_ arguments: [String], timeout: Duration = .seconds(30)) async throws -> (
        status: Int32, output: String
    ) {
        let finished = try await ChildProcess.run(
            try BuiltProducts.executable("anyreach-emulator"), arguments,
            environment: ProcessInfo.processInfo.environment,
            directory: FileManager.default.temporaryDirectory, timeout: timeout)
        return (finished.status, finished.stdout + finished.stderr)
    }

    /// Starts the server on a free port with its state in `database`, and waits for its
    /// "listening on" line.
    static func start(database: String) async throws -> EmulatorProcess {
        EmulatorProcess(server: try await EmulatorServer.start(database: URL(fileURLWithPath: database)))
    }

    /// Sends SIGTERM; returns how it exited, or nil when it outlived `timeout` (it is then killed).
    func terminate(timeout: Duration = .seconds(10)) async throws -> (
        status: Int32, signalled: Bool, elapsed: Duration
    )? {
        let start = ContinuousClock.now
        server.child.send(SIGTERM)
        guard let finished = try? await server.child.wait(timeout: timeout) else { return nil }
        return (finished.status, finished.signalled, start.duration(to: .now))
    }

    /// Kills the process if it is still running (cleanup on failure paths).
    func forceKill() { server.kill() }

    /// Sends a request to this process with the default credential.
    func send(_ method: HTTPMethod, _ path: String, json: JSONValue? = nil) async throws -> APIResponse {
        try await Self.send(baseURL: baseURL, method, path, json: json)
    }

    func get(_ path: String) async throws -> APIResponse { try await send(.GET, path) }
    func post(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.POST, path, json: json) }

    /// One request to any emulator base URL, answered like `EmulatorHarness.send`.
    static func send(
        baseURL: String, _ method: HTTPMethod, _ path: String, json: JSONValue? = nil,
        token: String? = "ak_local.emulator"
    ) async throws -> APIResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json.compactString()))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        let text = String(buffer: bytes)
        return APIResponse(
            status: Int(response.status.code), headers: response.headers, text: text,
            json: try? JSONValue.parse(Array(text.utf8)))
    }
}

struct ProcessError: Error, CustomStringConvertible {
    var description: String
}
