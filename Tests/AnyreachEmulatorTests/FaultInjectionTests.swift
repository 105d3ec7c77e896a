import AnyreachAPI
import AnyreachModel
import Foundation
import NIOHTTP1
import Testing

@testable import AnyreachEmulator

/// `FaultSettings`: injected 500/503s, the rate limit, lost write answers and latency, all
/// repeatable with a seed, and never applied to the `/_emulator/*` routes.
@Suite struct FaultInjectionTests {
    @Test func errorRateMixesServerFaultsWithSuccessesInTheMetrics() async throws {
        let faults = FaultSettings(errorRate: 0.3, seed: 42)
        try await EmulatorHarness.with(EmulatorConfiguration(faults: faults)) { api in
            var statuses: [Int: Int] = [:]
            for _ in 0..<200 {
                let response = try await api.get("/campaign/campaigns")
                statuses[response.status, default: 0] += 1
                if response.status != 200 {
                    #expect(
                        response["detail"]?.stringValue != nil, "a fault answers in the error shape: \(response.text)")
                }
            }
            #expect(Set(statuses.keys).isSubset(of: [200, 500, 503]), "\(statuses)")
            let faulted = statuses[500, default: 0] + statuses[503, default: 0]
            #expect((30...90).contains(faulted), "about 30% of 200 requests should fail: \(statuses)")
            #expect(
                statuses[500, default: 0] > 0 && statuses[503, default: 0] > 0 && statuses[200, default: 0] > 0,
                "\(statuses)")

            let metrics = try await api.metrics()
            #expect(metrics["GET /campaign/campaigns 200"] == statuses[200])
            #expect(metrics["GET /campaign/campaigns 500"] == statuses[500])
            #expect(metrics["GET /campaign/campaigns 503"] == statuses[503])
        }
    }

    @Test func theSameSeedInjectsTheSameFaults() async throws {
        func run() async throws -> [Int] {
            try await EmulatorHarness.with(EmulatorConfiguration(faults: FaultSettings(errorRate: 0.5, seed: 7))) {
                api in
                var statuses: [Int] = []
                for _ in 0..<40 { statuses.append(try await api.get("/campaign/timezones").status) }
                return statuses
            }
        }
        let first = try await run()
        let second = try await run()
        #expect(second == first)
        #expect(Set(first).count > 1)
    }

    @Test func rateLimitAnswers429WithRetryAfter() async throws {
        // One token per 100 s: past the burst of 3, every request is limited however slow the machine.
        let faults = FaultSettings(rateLimitPerSecond: 0.01, rateLimitBurst: 3, seed: 1)
        try await EmulatorHarness.with(EmulatorConfiguration(faults: faults)) { api in
            var statuses: [Int] = []
            var limited: [APIResponse] = []
            for _ in 0..<8 {
                let response = try await api.get("/campaign/campaigns")
                statuses.append(response.status)
                if response.status == 429 { limited.append(response) }
            }
            #expect(Array(statuses.prefix(3)) == [200, 200, 200], "the burst passes: \(statuses)")
            #expect(limited.count == 5, "past the burst, requests are limited: \(statuses)")
            for response in limited {
                #expect(response.json == ["detail": "Rate limit exceeded"])
                let retryAfter = response.headers.first(name: "Retry-After").flatMap { Int($0) }
                #expect(
                    retryAfter.map { (1...100).contains($0) } == true,
                    "Retry-After is the whole seconds until a token: \(response.headers)")
                #expect(response.headers.first(name: "Content-Type")?.hasPrefix("application/json") == true)
            }
            // The emulator's own routes are never limited.
            for _ in 0..<10 {
                let status = try await api.get("/_emulator/metrics").status
                #expect(status == 200)
            }
            let metrics = try await api.metrics()
            #expect(metrics["GET /campaign/campaigns 429"] == limited.count)
        }
    }

    @Test func lostWritesAreCommittedThoughTheAnswerNeverArrives() async throws {
        let faults = FaultSettings(lostWriteRate: 1, seed: 3)
        try await EmulatorHarness.with(EmulatorConfiguration(faults: faults)) { api in
            // Every write loses its answer: the client sees a broken connection or a cut-off body.
            try await expectLost {
                try await api.post(
                    "/campaign/configurations",
                    ["name": "lost", "external_id": "cfg-lost", "agent": ["agent_id": "agent-1"]])
            }
            // ...yet the configuration exists.
            let listing = try await api.get("/campaign/configurations")
            #expect(listing.status == 200)
            guard case .array(let configurations)? = listing["configurations"],
                let configuration = configurations.first(where: { $0.objectValue?["external_id"] == "cfg-lost" }),
                let configurationID = configuration.objectValue?["id"]?.stringValue
            else {
                Issue.record("the lost configuration write was not committed: \(listing.text)")
                return
            }
            try await expectLost {
                try await api.post(
                    "/campaign/campaigns",
                    ["name": "Lost", "external_id": "lost", "configuration_id": .string(configurationID)])
            }
            try await expectLost {
                try await api.post(
                    "/campaign/campaigns/lost/contacts",
                    ["contacts": [["external_id": "a", "phone_numbers": ["+14155550100"]]]])
            }
            let campaign = try await api.get("/campaign/campaigns/lost")
            #expect(
                campaign.status == 200 && campaign["configuration_id"] == .string(configurationID), "\(campaign.text)")
            let contact = try await api.get("/campaign/campaigns/lost/contacts/a")
            #expect(contact.status == 200 && contact["phone_numbers"] == ["+14155550100"], "\(contact.text)")
            try await expectLost { try await api.delete("/campaign/campaigns/lost/contacts/a") }
            let deleted = try await api.get("/campaign/campaigns/lost/contacts/a")
            #expect(deleted.status == 404)

            // Reads are never lost, and the metrics count lost answers under status 0.
            let metrics = try await api.metrics()
            #expect(metrics["POST /campaign/configurations 0"] == 1, "\(metrics)")
            #expect(metrics["POST /campaign/campaigns/{id}/contacts 0"] == 1, "\(metrics)")
            #expect(metrics["DELETE /campaign/campaigns/{id}/contacts/{contact_id} 0"] == 1, "\(metrics)")
            #expect(metrics["GET /campaign/campaigns/{id} 200"] == 1, "\(metrics)")
        }
    }

    /// The request must fail on the client's side: a connection error, or an answer cut short.
    private func expectLost(
        sourceLocation: SourceLocation = #_sourceLocation, _ request: () async throws -> APIResponse
    ) async throws {
        _ = try await expectLostImpl(request, sourceLocation: sourceLocation)
    }

    private func expectLostImpl(
        _ request: () async throws -> APIResponse, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        do {
            let response = try await request()
            Issue.record(
                "expected a lost answer, got \(response.status): \(response.text)", sourceLocation: sourceLocation)
        } catch {
            // Expected: the emulator closed the connection before the answer was complete.
        }
    }

    @Test func latencyDelaysEveryAPIRequestButNotTheEmulatorRoutes() async throws {
        // A long delay, with the API requests sent at once, so a busy machine can't blur the difference.
        let latency = Duration.milliseconds(1500)
        let faults = FaultSettings(latencyMilliseconds: 1500, jitterMilliseconds: 100, seed: 5)
        try await EmulatorHarness.with(EmulatorConfiguration(faults: faults)) { api in
            let clock = ContinuousClock()
            let requests: [(HTTPMethod, String, JSONValue?)] = [
                (.GET, "/campaign/campaigns", nil), (.GET, "/campaign/timezones", nil),
                (.GET, "/campaign/campaigns/missing", nil),
                (.POST, "/campaign/configurations", ["name": "slow", "agent": ["agent_id": "agent-1"]]),
            ]
            let timings = try await withThrowingTaskGroup(of: (String, Duration).self) { group in
                for (method, path, body) in requests {
                    group.addTask {
                        (path, try await clock.measure { _ = try await api.send(method, path, json: body) })
                    }
                }
                return try await group.reduce(into: [(String, Duration)]()) { $0.append($1) }
            }
            for (path, elapsed) in timings {
                #expect(elapsed >= latency, "\(path) took \(elapsed)")
            }
            for path in ["/_emulator/metrics", "/_emulator/requests"] {
                let elapsed = try await clock.measure { _ = try await api.get(path) }
                #expect(elapsed < latency, "\(path) took \(elapsed)")
            }
        }
    }

    @Test func emulatorRoutesAreNeverFaulted() async throws {
        let faults = FaultSettings(
            errorRate: 1, rateLimitPerSecond: 0.001, rateLimitBurst: 1, lostWriteRate: 1, seed: 9)
        try await EmulatorHarness.with(EmulatorConfiguration(faults: faults)) { api in
            _ = try await api.get("/campaign/campaigns")
            for _ in 0..<20 {
                let status = try await api.get("/campaign/campaigns").status
                let metrics = try await api.get("/_emulator/metrics").status
                let requests = try await api.get("/_emulator/requests").status
                #expect(status == 429 && metrics == 200 && requests == 200)
            }
            let reset = try await api.delete("/_emulator/metrics").status
            #expect(reset == 204)
            let metrics = try await api.metrics()
            #expect(metrics.keys.allSatisfy { $0.contains("/_emulator/") }, "\(metrics)")
        }
        try await EmulatorHarness.with(EmulatorConfiguration(faults: FaultSettings(errorRate: 1, seed: 9))) { api in
            for _ in 0..<20 {
                let api500 = try await api.get("/campaign/campaigns").status
                let metrics = try await api.get("/_emulator/metrics").status
                let requests = try await api.get("/_emulator/requests").status
                #expect([500, 503].contains(api500) && metrics == 200 && requests == 200)
            }
        }
    }
}
