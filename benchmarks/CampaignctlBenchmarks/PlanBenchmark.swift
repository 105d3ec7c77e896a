import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation
import TestSupport

/// `campaignctl plan` on a large org (`benchmarks/plan/run.sh`). 20 campaigns × 5,000 contacts
/// (by default) are applied to the emulator (a child process, latency 0, on a SQLite file) by the
/// built `campaignctl apply`; then the emulator restarts on that file with 50 ms of latency, and
/// again with 0 ms, and each time this process plans with no changes and with 1% of the contacts
/// changed.
///
/// Reported per plan: requests (the client's metrics), wall time (read and diff), CPU time and
/// peak memory of this process (`getrusage`; `ru_maxrss` is the process's high-water mark so
/// far, loading the manifests included), and wall time over the lower bound of the reads,
/// `max(longest chain, requests ÷ parallelism) × latency`. The longest chain is 2 requests: a
/// campaign's first contact page, then its other pages together (contacts are read by
/// external_id beside the campaign list, whose campaigns fit one page).
struct PlanBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plans of a large org, read at 50 and 0 ms.")
    static let parallelism = 8
    static let longestChain = 2
    static let latencies = [50, 0]

    @OptionGroup var size: OrgSize

    func run() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("plan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let org = PlanBenchmarkOrg(size: size, work: work)
        try await org.seed()
        let desired = try org.desiredState()
        var rows: [Row] = []
        for latency in Self.latencies {
            rows += try await measureBoth(desired, latency: latency, database: org.database)
        }
        print(table(rows))
        for row in rows { print(benchLine(row)) }
        var checks = BenchChecks()
        for row in rows where row.scenario == "no changes" {
            checks.check(
                row.operations == 0,
                "planning the applied org at \(row.latency) ms gave \(row.operations) operations")
        }
        try checks.finish()
    }

    /// Both plans against one emulator started with `latency`.
    private func measureBoth(_ desired: DesiredState, latency: Int, database: URL) async throws -> [Row] {
        let emulator = try await EmulatorServer.start(database: database, ["--latency-ms", String(latency)])
        defer { emulator.kill() }
        let rows = [
            try await measure(desired, "no changes", latency: latency, emulator),
            try await measure(PlanBenchmarkOrg.changingOnePercent(desired), "1% changed", latency: latency, emulator),
        ]
        try await emulator.stop()
        return rows
    }

    /// One plan, as `campaignctl plan` makes it: read the org, then diff.
    private func measure(
        _ desired: DesiredState, _ scenario: String, latency: Int,
        _ emulator: EmulatorServer
    ) async throws -> Row {
        let settings = ConnectionSettings(
            baseURL: URL(string: emulator.baseURL)!,
            token: SecretToken(EmulatorServer.localToken), parallelism: Self.parallelism)
        let client = AnyreachClient(settings: settings)
        let cpuBefore = ProcessUsage.cpuSeconds()
        let clock = ContinuousClock()
        let started = clock.now
        let live: OrgSnapshot
        do {
            live = try await client.readOrg(contactsOf: Set(desired.campaigns.map(\.externalID)), includeAdHoc: false)
        } catch {
            await client.shutdown()
            throw error
        }
        let read = started.duration(to: clock.now)
        let plan = try Planner(desired: desired, live: live, options: PlanOptions(apiURL: emulator.baseURL)).plan()
        let diff = started.duration(to: clock.now) - read
        let cpu = ProcessUsage.cpuSeconds() - cpuBefore
        let requests = client.metrics.snapshot.requests
        await client.shutdown()
        return Row(
            latency: latency, scenario: scenario, requests: requests, operations: plan.operations.count,
            read: read, diff: diff, cpu: cpu, peakMiB: ProcessUsage.peakMiB())
    }
}
