import Foundation
import Testing

@testable import AnyreachClient

/// Where the URL, token and org come from, and which URLs are refused.
@Suite struct ConnectionSettingsTests {
    static let token = ["ANYREACH_TOKEN": "ak_env.token"]

    static func resolve(
        apiURL: String? = nil, tokenFile: String? = nil, org: String? = nil, parallelism: Int = 8,
        environment: [String: String] = token
    ) throws(ConnectionError) -> ConnectionSettings {
        try ConnectionSettings.resolve(
            apiURL: apiURL, tokenFile: tokenFile, org: org, parallelism: parallelism, environment: environment)
    }

    static func failure(
        apiURL: String? = nil, tokenFile: String? = nil, org: String? = nil, parallelism: Int = 8,
        environment: [String: String] = token
    ) -> String? {
        do {
            _ = try resolve(
                apiURL: apiURL, tokenFile: tokenFile, org: org, parallelism: parallelism, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: - The URL

    @Test(arguments: [
        ("http://api.anyreach.ai", "api.anyreach.ai"), ("http://10.0.0.5:8080", "10.0.0.5"),
        ("http://127.example.com", "127.example.com"), ("http://localhost.example.com/", "localhost.example.com"),
        ("http://0.0.0.0:80", "0.0.0.0"), ("http://127.0.0.1.nip.io", "127.0.0.1.nip.io"),
        ("http://[2001:db8::1]:80", "2001:db8::1"),
    ])
    func plainHTTPToARemoteHostIsRefused(url: String, host: String) throws {
        let message = try #require(Self.failure(apiURL: url))
        #expect(message.hasPrefix("refusing plain http:// to "), "\(message)")
        #expect(message.contains(host.trimmingCharacters(in: ["[", "]"])), "names the host: \(message)")
        #expect(message.hasSuffix("only loopback hosts may go without TLS; use https://"), "\(message)")
    }

    @Test(arguments: [
        "http://127.0.0.1:8080", "http://127.9.8.7", "http://localhost:9000", "http://LOCALHOST/", "http://[::1]:8080",
        "http://[0:0:0:0:0:0:0:1]",
    ])
    func plainHTTPToLoopbackIsAllowed(url: String) throws {
        #expect(try Self.resolve(apiURL: url).baseURL.absoluteString == url)
    }

    @Test(arguments: [
        "https://api.anyreach.ai", "https://10.0.0.5:8443", "https://example.com/base", "https://127.0.0.1",
    ])
    func httpsIsAllowedAnywhere(url: String) throws {
        #expect(try Self.resolve(apiURL: url).baseURL.absoluteString == url)
    }

    @Test func otherSchemesAndNonURLsAreRefused() {
        #expect(Self.failure(apiURL: "ftp://api.anyreach.ai") == "API URL scheme 'ftp' is not supported; use https://")
        #expect(
            Self.failure(apiURL: "api.anyreach.ai")
                == "API URL 'api.anyreach.ai' is not a URL like https://api.anyreach.ai")
    }

    @Test func loopbackChecksParseTheAddress() {
        #expect(
            ConnectionSettings.isLoopback("127.0.0.1") && ConnectionSettings.isLoopback("[::1]")
                && ConnectionSettings.isLoopback("::0:1"))
        #expect(
            !ConnectionSettings.isLoopback("127.0.0") && !ConnectionSettings.isLoopback("127.0.0.256")
                && !ConnectionSettings.isLoopback("+127.0.0.1"))
        #expect(
            !ConnectionSettings.isLoopback("::") && !ConnectionSettings.isLoopback("1::1")
                && !ConnectionSettings.isLoopback("::1::"))
    }

    // MARK: - Flags and environment

    @Test func theURLComesFromTheFlagThenTheEnvironmentThenTheDefault() throws {
        var environment = Self.token
        #expect(try Self.resolve(environment: environment).baseURL == ConnectionSettings.defaultBaseURL)
        environment["ANYREACH_API_URL"] = "https://env.example.com"
        #expect(try Self.resolve(environment: environment).baseURL.absoluteString == "https://env.example.com")
        #expect(
            try Self.resolve(apiURL: "http://127.0.0.1:9", environment: environment).baseURL.absoluteString
                == "http://127.0.0.1:9")
    }

    @Test func theOrgComesFromTheFlagThenTheEnvironment() throws {
        var environment = ["ANYREACH_TOKEN": "pat_someone"]
        environment["ANYREACH_ORG"] = "org_env"
        #expect(try Self.resolve(environment: environment).org == "org_env")
        #expect(try Self.resolve(org: "org_flag", environment: environment).org == "org_flag")
    }

    @Test func aPersonalTokenWithoutAnOrgIsRefused() {
        let message = Self.failure(environment: ["ANYREACH_TOKEN": "pat_someone"])
        #expect(message == "a pat_ token works in several orgs: name one with --org or ANYREACH_ORG")
        #expect(Self.failure(org: "", environment: ["ANYREACH_TOKEN": "pat_someone"]) == message)
    }

    @Test func anOrgKeyNeedsNoOrg() throws {
        #expect(try Self.resolve().org == nil)
    }

    // MARK: - The token

    @Test func theTokenComesFromTheEnvironmentTrimmed() throws {
        #expect(
            try Self.resolve(environment: ["ANYREACH_TOKEN": "  ak_env.token\n"]).token == SecretToken("ak_env.token"))
    }

    @Test func aTokenFileWinsOverTheEnvironmentAndLosesItsNewline() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "ak_file.token\n".write(toFile: path, atomically: true, encoding: .utf8)
        let settings = try Self.resolve(tokenFile: path)
        #expect(settings.token == SecretToken("ak_file.token"))
        #expect(settings.token.authorizationHeader == "Bearer ak_file.token")
    }

    @Test func anEmptyOrMissingTokenFileIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.failure(tokenFile: path) == "can't read the token file '\(path)'")
        try "\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Self.failure(tokenFile: path) == "the token file '\(path)' is empty")
    }

    @Test func noTokenSaysWhereToPutOneAndMentionsTheEmulator() throws {
        let message = try #require(Self.failure(environment: [:]))
        #expect(
            message.contains("ANYREACH_TOKEN") && message.contains("--token-file") && message.contains("--emulator"),
            "\(message)")
        #expect(Self.failure(environment: ["ANYREACH_TOKEN": ""]) == message)
    }

    @Test func parallelismIsAtLeastOne() throws {
        #expect(Self.failure(parallelism: 0) == "--parallelism must be at least 1")
        #expect(try Self.resolve(parallelism: 16).parallelism == 16)
    }
}
