import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `campaignctl reconcile` against a real emulator: a few intervals, drift injected behind its
/// back in between, its `/metrics` scraped, and a clean stop on SIGTERM.
@Suite struct ReconcileLoopTests {
    static let manifest = """
        configurations:
          hours:
            name: Hours
            agent: {agent_id: agent-1}
        campaigns:
          loop:
            name: Loop campaign
            configuration: hours
            contacts:
              - {external_id: a, phone_numbers: ["+14155550101"]}
              - {external_id: b, phone_numbers: ["+14155550102"]}
        """

    @Test func reconcilesDriftAndCountsItInMetrics() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.manifest.write(to: directory.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
        let emulator = try await EmulatorServer.start(database: directory.appendingPathComponent("org.sqlite"))
        defer { emulator.kill() }
        let apiPort = emulator.port
        let loop = try newcomersCampaignctl(directory, token: "ak_local.emulator")
            .start(["reconcile", "--interval", "1s", "--metrics-port", "0", "--api-url", emulator.baseURL, "org.yaml"])
        defer { loop.killNow() }
        let metricsOutput = try await loop.waitForOutput(.seconds(60)) {
            EmulatorServer.listeningPort(in: $0, after: "metrics on http://") != nil
        }
        let metricsPort = try #require(EmulatorServer.listeningPort(in: metricsOutput, after: "metrics on http://"))

        _ = try await loop.waitForOutput(.seconds(60)) { $0.contains("reconcile run 2: in sync") }
        let afterFirst = try await Self.scrape(metricsPort)
        #expect(afterFirst["campaignctl_reconcile_changes_applied_total"] == 2)  // the configuration and the campaign
        #expect((afterFirst["campaignctl_reconcile_runs_total{result=\"ok\"}"] ?? 0) >= 2)
        #expect((afterFirst["campaignctl_api_requests_total{status=\"200\"}"] ?? 0) > 0)
        let lastSuccess = afterFirst["campaignctl_reconcile_last_success_timestamp_seconds"] ?? 0
        #expect(abs(lastSuccess - Date().timeIntervalSince1970) < 120, "the gauge holds the last success's time")
        #expect(try await Self.status(metricsPort, "/readyz") == 200)

        let before = loop.stderr.components(separatedBy: "Apply:").count
        try await Self.renameCampaign(port: apiPort)
        _ = try await loop.waitForOutput(.seconds(60)) { $0.components(separatedBy: "Apply:").count > before }
        _ = try await loop.waitForOutput(.seconds(60)) { $0.hasSuffix("in sync\n") }
        let afterDrift = try await Self.scrape(metricsPort)
        #expect(afterDrift["campaignctl_reconcile_changes_applied_total"] == 3)
        #expect(
            (afterDrift["campaignctl_reconcile_drift_found_total"] ?? 0)
                > (afterFirst["campaignctl_reconcile_drift_found_total"] ?? 0))
        #expect(afterDrift["campaignctl_reconcile_errors_total"] == 0)

        loop.send(SIGTERM)
        let stopped = try await loop.wait(timeout: .seconds(30))
        #expect(stopped.status == 0 && !stopped.signalled, "reconcile should stop cleanly on SIGTERM: \(stopped)")
    }

    /// A loop whose every run fails is alive (`/healthz`) but not ready (`/readyz`), and says why.
    @Test func aLoopThatNeverSucceedsIsAliveButNotReady() async throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.manifest.write(to: directory.appendingPathComponent("org.yaml"), atomically: true, encoding: .utf8)
        let loop = try newcomersCampaignctl(directory, token: "ak_local.emulator")
            .start([
                "reconcile", "--interval", "1s", "--metrics-port", "0", "--retry-budget", "2s", "--api-url",
                "http://127.0.0.1:9", "org.yaml",
            ])
        defer { loop.killNow() }
        let metricsOutput = try await loop.waitForOutput(.seconds(60)) {
            EmulatorServer.listeningPort(in: $0, after: "metrics on http://") != nil
        }
        let metricsPort = try #require(EmulatorServer.listeningPort(in: metricsOutput, after: "metrics on http://"))
        _ = try await loop.waitForOutput(.seconds(120)) { $0.contains("reconcile run 2: error: ") }
        #expect(try await Self.status(metricsPort, "/healthz") == 200)
        #expect(try await Self.status(metricsPort, "/readyz") == 503)
        let metrics = try await Self.scrape(metricsPort)
        #expect(metrics["campaignctl_reconcile_last_success_timestamp_seconds"] == 0)
        #expect(!loop.stderr.contains("ExitCode(") && !loop.stderr.contains("rawValue"), "\(loop.stderr)")
    }

    static func status(_ port: Int, _ path: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// Prometheus text format as `name{labels}` → value.
    static func scrape(_ port: Int) async throws -> [String: Double] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/metrics")!)
        var values: [String: Double] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { values[String(parts[0])] = value }
        }
        return values
    }

    /// Drift behind the tool's back: the campaign renamed through the API.
    static func renameCampaign(port: Int) async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/campaign/campaigns/loop")!)
        request.httpMethod = "PATCH"
        request.setValue("Bearer ak_local.emulator", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"name": "Renamed in the dashboard"}"#.utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
    }
}
