import AnyreachEmulator
import AnyreachModel
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Testing

@testable import AnyreachClient

/// Answers the contract doesn't describe (a proxy's page, a missing field, a wrong type) are one
/// line naming the method, route and status, what was wrong, and what to check; never the
/// OpenAPI runtime's own words or the body.
@Suite struct UnreadableAnswerTests {
    static let cases: [(contentType: String, body: String, said: String)] = [
        (
            "text/html", "<html><body>Sign in to the corporate proxy</body></html>",
            "a text/html body where JSON was expected"
        ),
        ("application/json", #"{"next_cursor": null}"#, "the field 'campaigns' is missing"),
        ("application/json", #"{"campaigns": "none", "next_cursor": null}"#, "the field 'campaigns' is not a list"),
        (
            "application/json", #"{"campaigns": [{"id": 7}], "next_cursor": null}"#,
            "the field 'campaigns[0].id' is not a string"
        ),
        ("application/json", "{not json", "the body is not valid JSON"),
    ]

    @Test(arguments: cases.indices)
    func anAnswerOutsideTheContractIsOneLineThatSaysWhatToCheck(_ index: Int) async throws {
        let answer = Self.cases[index]
        let error = try await StubAPI.with(contentType: answer.contentType, body: answer.body) { baseURL in
            let settings = ConnectionSettings(
                baseURL: baseURL, token: SecretToken(CredentialStore.localToken), connectTimeout: .seconds(2),
                requestTimeout: .seconds(5), parallelism: 1, retry: TestRig.quickRetry)
            return try await TestRig.withClient(settings) { client in
                try await #require(throws: APIClientError.self) { _ = try await client.listAllCampaigns() }
            }
        }
        let said = error.description
        let start = "GET /campaign/campaigns: 200 OK, but not an answer the Anyreach API gives: "
        #expect(said.hasPrefix(start), "\(said)")
        #expect(said.contains(answer.said), "\(said)")
        #expect(said.contains("Check that --api-url (or ANYREACH_API_URL) is the Anyreach API"), "\(said)")
        #expect(!said.contains("\n") && !said.contains("Client encountered") && !said.contains("DecodingError"))
        #expect(!said.contains("corporate proxy"), "the body is never quoted")
    }

    /// Upserts and creates are sent from bodies the client writes itself and their answers read
    /// without the generated client: an answer outside the contract reads the same way.
    @Test(arguments: [
        ("{not json", "the body is not valid JSON"),
        (
            #"{"inserted": "1", "updated": 0, "failed": [], "warnings": [], "contact_ids": []}"#,
            "the field 'inserted' is not a whole number"
        ),
        ("<html>Sign in here</html>", "a text/html body where JSON was expected"),
    ])
    func anUpsertAnswerOutsideTheContractSaysWhatWasWrong(_ body: String, _ problem: String) async throws {
        let contentType = body.hasPrefix("<") ? "text/html" : "application/json"
        let error = try await StubAPI.with(contentType: contentType, body: body) { baseURL in
            let settings = ConnectionSettings(
                baseURL: baseURL, token: SecretToken(CredentialStore.localToken), connectTimeout: .seconds(2),
                requestTimeout: .seconds(5), parallelism: 1, retry: TestRig.quickRetry)
            return try await TestRig.withClient(settings) { client in
                try await #require(throws: APIClientError.self) {
                    _ = try await client.upsertContacts("spring sale", items: Seed.contactItems("a", count: 2))
                }
            }
        }
        let said = error.description
        #expect(said.hasPrefix("POST /campaign/campaigns/spring%20sale/contacts: 200 OK, but not an answer"), "\(said)")
        #expect(said.contains(problem), "\(said)")
        #expect(!said.contains("\n") && !said.contains("Sign in"), "the body is never quoted")
    }
}

/// A server that answers every request with one fixed body: what a proxy or a broken API does.
enum StubAPI {
    static func with<T: Sendable>(contentType: String, body: String, _ run: (URL) async throws -> T) async throws -> T {
        let router = Router()
        let answer: @Sendable (Request, BasicRequestContext) -> Response = { _, _ in
            Response(
                status: .ok, headers: [.contentType: contentType],
                body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        router.get("**", use: answer)
        router.post("**", use: answer)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "stub-api")
        logger.logLevel = .warning
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let task = Task { try await group.run() }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        do {
            let result = try await run(URL(string: "http://127.0.0.1:\(port)")!)
            await group.triggerGracefulShutdown()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
    }
}
