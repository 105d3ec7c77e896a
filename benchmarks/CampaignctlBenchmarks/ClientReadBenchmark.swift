import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import ArgumentParser
import CampaignSync
import Foundation
import TestSupport

/// How close `AnyreachClient.readOrg` comes to the fastest read the API allows (issue 4;
/// `benchmarks/client-read/run.sh`). An org of 20 campaigns × 5,000 contacts (by default) behind
/// an emulator that adds 50 ms to every request, read at parallelism 1, 8 and 16, each against
/// the lower bound `max(longest chain of dependent requests, requests ÷ parallelism) × 50 ms`.
/// The org is seeded in-process without latency; the reads go to the built `anyreach-emulator`
/// as a child process when there is one (so this process's CPU time is the client's alone),
/// else in-process.
struct ClientReadBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client-read", abstract: "readOrg at parallelism 1, 8 and 16 against its lower bound.")
    static let latency = 50
    static let parallelisms = [1, 8, 16]
    /// The target at the highest parallelism: wall time within 1.5× the lower bound.
    static let targetRatio = 1.5

    @OptionGroup var size: OrgSize

    func run() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("campaignctl-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let seeding = ContinuousClock.now
        try await ClientReadSeed(size: size).org(database: path)
        print(
            "seeded \(size.campaigns) campaigns × \(size.contacts) contacts in "
                + "\(format(seeding.duration(to: .now))) s")
        var checks = BenchChecks()
        let rows = try await measureAll(database: path, checks: &checks)
        printTable(rows)
        if let last = rows.last {
            checks.check(
                last.ratio < Self.targetRatio,
                "at parallelism \(last.parallelism) the read should be within \(Self.targetRatio)× of the bound")
        }
        try checks.finish()
    }

    /// Each parallelism against one emulator with latency: a child process if built, else in-process.
    private func measureAll(database: String, checks: inout BenchChecks) async throws -> [Row] {
        guard let binary = try? BuiltProducts.executable("anyreach-emulator") else {
            print("emulator: in-process (build the anyreach-emulator product to measure the client's CPU alone)")
            return try await measureInProcess(database: database, checks: &checks)
        }
        print("emulator: child process \(binary.path)")
        let child = try await EmulatorServer.start(
            database: URL(fileURLWithPath: database),
            ["--latency-ms", String(Self.latency)])
        defer { child.kill() }
        var rows: [Row] = []
        for parallelism in Self.parallelisms {
            let before = child.cpuSeconds
            var row = try await measure(URL(string: child.baseURL)!, parallelism: parallelism, checks: &checks)
            if let before, let after = child.cpuSeconds { row.emulatorCPU = after - before }
            rows.append(row)
        }
        try await child.stop()
        return rows
    }

    private func measureInProcess(database: String, checks: inout BenchChecks) async throws -> [Row] {
        let faults = FaultSettings(latencyMilliseconds: Self.latency)
        let configuration = EmulatorConfiguration(storage: .file(path: database), faults: faults)
        let emulator = try await RunningEmulator.start(configuration)
        var rows: [Row] = []
        do {
            for parallelism in Self.parallelisms {
                let url = URL(string: emulator.baseURL)!
                rows.append(try await measure(url, parallelism: parallelism, checks: &checks))
            }
        } catch {
            await emulator.stop()
            throw error
        }
        await emulator.stop()
        return rows
    }

    /// One full read with a fresh client (its connections are part of the cost).
    private func measure(_ url: URL, parallelism: Int, checks: inout BenchChecks) async throws -> Row {
        let externalIDs = Set((0..<size.campaigns).map { "camp-\($0)" })
        let token = SecretToken(CredentialStore.localToken)
        let settings = ConnectionSettings(baseURL: url, token: token, parallelism: parallelism)
        let client = AnyreachClient(settings: settings)
        let load = ProcessUsage.loadAverage()
        let start = ContinuousClock.now
        let cpuStart = ProcessUsage.cpuSeconds()
        let snapshot: OrgSnapshot
        do {
            snapshot = try await client.readOrg(contactsOf: externalIDs, includeAdHoc: false)
        } catch {
            await client.shutdown()
            throw error
        }
        let wall = start.duration(to: .now)
        let cpu = ProcessUsage.cpuSeconds() - cpuStart
        await client.shutdown()
        let complete =
            snapshot.contacts.count == size.campaigns
            && snapshot.contacts.values.allSatisfy { $0.count == size.contacts }
        checks.check(complete, "parallelism \(parallelism): the read missed contacts")
        let requests = client.metrics.snapshot.requests
        checks.check(
            requests == fewestRequests,
            "parallelism \(parallelism): \(requests) requests, \(fewestRequests) needed")
        let rounds = max(Double(longestChain), Double(requests) / Double(parallelism))
        return Row(
            parallelism: parallelism, requests: requests, wall: wall,
            lowerBound: .milliseconds(Self.latency) * rounds, clientCPU: cpu, load: load)
    }
}
