import AnyreachAPI
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// The built `anyreach-emulator` executable run as a child process, for tests of the binary itself
/// (restarts on a file database, signals, `--help`).
final class EmulatorProcess {
    let process: Process
    let port: Int
    private let output: OutputCollector

    var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(process: Process, port: Int, output: OutputCollector) {
        self.process = process
        self.port = port
        self.output = output
    }

    /// The executable next to the test bundle (`.build/<triple>/debug/`), else under the package's
    /// `.build/debug/`. Throws, naming the places looked at, when it isn't built.
    static func executable() throws -> URL {
        var candidates: [URL] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("anyreach-emulator"))
            directory = directory.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/anyreach-emulator"))
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) { return found }
        throw ProcessError(description: "anyreach-emulator is not built (run `swift build`); looked at:\n"
                           + candidates.map(\.path).joined(separator: "\n"))
    }

    /// Runs the executable to completion with `arguments`: its exit status and standard output.
    static func run(_ arguments: [String], timeout: Duration = .seconds(30)) async throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        let collector = OutputCollector()
        process.standardOutput = collector.pipe
        process.standardError = collector.pipe
        try process.run()
        guard try await waitForExit(process, timeout: timeout) else {
            process.terminate()
            throw ProcessError(description: "anyreach-emulator \(arguments.joined(separator: " ")) did not exit within \(timeout)")
        }
        collector.drain()
        return (process.terminationStatus, collector.text)
    }

    /// Starts the server with `--port 0` plus `arguments` and waits for its "listening on" line.
    static func start(_ arguments: [String], timeout: Duration = .seconds(30)) async throws -> EmulatorProcess {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["--port", "0"] + arguments
        let collector = OutputCollector()
        process.standardOutput = collector.pipe
        process.standardError = FileHandle.standardError
        try process.run()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let line = collector.firstLine {
                guard let port = parsePort(line) else {
                    process.terminate()
                    throw ProcessError(description: "unexpected first line from anyreach-emulator: \(line)")
                }
                return EmulatorProcess(process: process, port: port, output: collector)
            }
            if !process.isRunning {
                throw ProcessError(description: "anyreach-emulator exited with \(process.terminationStatus) before listening: \(collector.text)")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw ProcessError(description: "anyreach-emulator did not print its listening line within \(timeout)")
    }

    /// `anyreach-emulator listening on http://HOST:PORT` → PORT.
    static func parsePort(_ line: String) -> Int? {
        let prefix = "anyreach-emulator listening on http://"
        guard line.hasPrefix(prefix), let colon = line.lastIndex(of: ":") else { return nil }
        return Int(line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    /// Sends SIGTERM; returns the exit status, or nil when the process outlived `timeout`
    /// (it is then killed).
    func terminate(timeout: Duration = .seconds(10)) async throws -> (status: Int32, reason: Process.TerminationReason, elapsed: Duration)? {
        let start = ContinuousClock.now
        process.terminate()
        guard try await Self.waitForExit(process, timeout: timeout) else {
            kill(process.processIdentifier, SIGKILL)
            return nil
        }
        return (process.terminationStatus, process.terminationReason, start.duration(to: .now))
    }

    /// Kills the process if it is still running (cleanup on failure paths).
    func forceKill() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    private static func waitForExit(_ process: Process, timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return false }
            try await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// Sends a request to this process with the default credential.
    func send(_ method: HTTPMethod, _ path: String, json: JSONValue? = nil) async throws -> APIResponse {
        try await Self.send(baseURL: baseURL, method, path, json: json)
    }

    func get(_ path: String) async throws -> APIResponse { try await send(.GET, path) }
    func post(_ path: String, _ json: JSONValue) async throws -> APIResponse { try await send(.POST, path, json: json) }

    /// One request to any emulator base URL, answered like `EmulatorHarness.send`.
    static func send(baseURL: String, _ method: HTTPMethod, _ path: String, json: JSONValue? = nil,
                     token: String? = "ak_local.emulator") async throws -> APIResponse {
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
        return APIResponse(status: Int(response.status.code), headers: response.headers, text: text,
                           json: try? JSONValue.parse(Array(text.utf8)))
    }
}

struct ProcessError: Error, CustomStringConvertible {
    var description: String
}

/// Collects a child's output from a pipe on a background reader.
private final class OutputCollector {
    private final class Buffer: Sendable {
        let data = Mutex(Data())
    }

    let pipe = Pipe()
    private let buffer = Buffer()

    init() {
        let buffer = self.buffer
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let chunk = handle.availableData
            if chunk.isEmpty {
                handle.readabilityHandler = nil
            } else {
                buffer.data.withLock { $0.append(chunk) }
            }
        }
    }

    var text: String { String(decoding: buffer.data.withLock { $0 }, as: UTF8.self) }

    var firstLine: String? {
        let text = text
        guard let newline = text.firstIndex(of: "\n") else { return nil }
        return String(text[..<newline])
    }

    /// Waits briefly for what is still in the pipe after the child exited.
    func drain() {
        let deadline = Date().addingTimeInterval(1)
        var last = -1
        while Date() < deadline {
            let count = buffer.data.withLock { $0.count }
            if count == last { break }
            last = count
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}
