import AnyreachAPI
import AnyreachModel
import AnyreachClient
import AnyreachEmulator
import Foundation
import TestSupport
import Testing

/// Not a test: the read benchmark of issue 4, skipped unless `CAMPAIGNCTL_BENCH=1`
/// (`benchmarks/client-read/run.sh` runs it in release and prints the table).
///
/// An org of 20 campaigns × 5,000 contacts behind an emulator that adds 50 ms to every request,
/// read with `readOrg` at parallelism 1, 8 and 16, each against the lower bound
/// `max(longest chain of dependent requests, requests ÷ parallelism) × 50 ms`. The org is seeded
/// in-process without latency; the reads go to the built `anyreach-emulator` as a child process
/// when there is one (so this process's CPU time is the client's alone), else in-process.
@Suite struct ReadBenchmark {
    static let campaigns = 20
    static let contactsEach = 5_000
    static let latency = 50
    static let parallelisms = [1, 8, 16]

    struct Row {
        var parallelism: Int
        var requests: Int
        var wall: Duration
        var lowerBound: Duration
        /// CPU time of this process during the read: the client's, plus the emulator's when in-process.
        var clientCPU: Double
        /// CPU time of the child emulator during the read, when it is one.
        var emulatorCPU: Double?
        /// The load average when the read started: other work on the machine slows it.
        var load: String
        var ratio: Double { wall / lowerBound }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAMPAIGNCTL_BENCH"] == "1"))
    func readOrgAgainstTheLowerBound() async throws {
        let path = TestRig.temporaryDatabase("bench")
        defer { TestRig.removeDatabase(path) }
        let seeding = ContinuousClock.now
        try await TestRig.withEmulator(EmulatorConfiguration(storage: .file(path: path))) { emulator in
            try await TestRig.withClient(TestRig.settings(emulator, parallelism: 4, retry: RetryPolicy())) { client in
                try await Seed.org(client, campaigns: Self.campaigns, contactsEach: Self.contactsEach)
            }
        }
        report("seeded \(Self.campaigns) campaigns × \(Self.contactsEach) contacts in \(seconds(seeding.duration(to: .now))) s")
        let rows = try await measureAll(database: path)
        printTable(rows)
        let at16 = try #require(rows.last)
        #expect(at16.ratio < 1.5, "at parallelism 16 the read should be within 1.5× of the lower bound")
    }

    /// Each parallelism against one emulator with latency: a child process if built, else in-process.
    private func measureAll(database: String) async throws -> [Row] {
        if let binary = try? BuiltProducts.executable("anyreach-emulator") {
            report("emulator: child process \(binary.path)")
            let child = try await EmulatorServer.start(database: URL(fileURLWithPath: database), ["--latency-ms", String(Self.latency)])
            var rows: [Row] = []
            for parallelism in Self.parallelisms {
                let before = child.cpuSeconds
                var row = try await measure(URL(string: child.baseURL)!, parallelism: parallelism)
                if let before, let after = child.cpuSeconds { row.emulatorCPU = after - before }
                rows.append(row)
            }
            try await child.stop()
            return rows
        }
        report("emulator: in-process (build the anyreach-emulator product to measure the client's CPU alone)")
        let slow = EmulatorConfiguration(storage: .file(path: database), faults: FaultSettings(latencyMilliseconds: Self.latency))
        return try await TestRig.withEmulator(slow) { emulator in
            var rows: [Row] = []
            for parallelism in Self.parallelisms { rows.append(try await measure(URL(string: emulator.baseURL)!, parallelism: parallelism)) }
            return rows
        }
    }

    /// One full read with a fresh client (its connections are part of the cost).
    private func measure(_ url: URL, parallelism: Int) async throws -> Row {
        let externalIDs = Set((0..<Self.campaigns).map { "camp-\($0)" })
        let settings = ConnectionSettings(baseURL: url, token: SecretToken(CredentialStore.localToken), parallelism: parallelism)
        return try await TestRig.withClient(settings) { client in
            let load = Self.loadAverage()
            let start = ContinuousClock.now, cpuStart = Self.cpuSeconds()
            let snapshot = try await client.readOrg(contactsOf: externalIDs, includeAdHoc: false)
            let wall = start.duration(to: .now), cpu = Self.cpuSeconds() - cpuStart
            #expect(snapshot.contacts.count == Self.campaigns && snapshot.contacts.values.allSatisfy { $0.count == Self.contactsEach })
            let requests = client.metrics.snapshot.requests
            #expect(requests == Self.fewestRequests, "no request more than the API needs")
            let rounds = max(Double(Self.longestChain), Double(requests) / Double(parallelism))
            return Row(parallelism: parallelism, requests: requests, wall: wall, lowerBound: .milliseconds(Self.latency) * rounds,
                       clientCPU: cpu, load: load)
        }
    }

    /// Requests that must follow one another in what `readOrg` does. Two chains run side by side:
    /// the campaign list's pages (cursor after cursor), and per campaign its first contact page
    /// (it tells `total`), then the rest of its pages at once; contacts are read by external_id,
    /// so they don't wait for the list. Configurations and concurrency are one request each.
    static var campaignListPages: Int { max(1, (campaigns + 199) / 200) }
    static var contactRounds: Int { contactsEach > 200 ? 2 : 1 }
    static var longestChain: Int { max(campaignListPages, contactRounds) }
    /// Configurations, concurrency, the campaign list's pages and every contact page of 200.
    static var fewestRequests: Int { 2 + campaignListPages + campaigns * max(1, (contactsEach + 199) / 200) }

    private func printTable(_ rows: [Row]) {
        report("longest chain = max(\(Self.campaignListPages) campaign list page(s), \(Self.contactRounds) contact rounds: first page, then the rest at once) = \(Self.longestChain)")
        report("lower bound = max(\(Self.longestChain), requests ÷ parallelism) × \(Self.latency) ms; fewest requests possible: \(Self.fewestRequests)")
        report("cpu: seconds used during the read by this process (the client) and by the emulator; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        report("| parallelism | requests | wall (s) | lower bound (s) | ratio | client cpu (s) | emulator cpu (s) | load avg |")
        report("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let emulator = row.emulatorCPU.map { String(format: "%.2f", $0) } ?? "(in client)"
            report("| \(row.parallelism) | \(row.requests) | \(seconds(row.wall)) | \(seconds(row.lowerBound)) | \(String(format: "%.2f", row.ratio))"
                   + " | \(String(format: "%.2f", row.clientCPU)) | \(emulator) | \(row.load) |")
        }
        for row in rows { benchLine(row) }
    }

    /// The `BENCH {json}` line `benchmarks/run-all.sh` collects into its table.
    private func benchLine(_ row: Row) {
        let fields = [
            "\"scenario\": \"client-read 20×5000 at parallelism \(row.parallelism)\"", "\"requests\": \(row.requests)",
            "\"min_requests\": \(Self.fewestRequests)", "\"wall_s\": \(row.wall / .seconds(1))",
            "\"lower_bound_s\": \(row.lowerBound / .seconds(1))",
            "\"lower_bound\": \"client-read: max(\(Self.longestChain), requests ÷ parallelism) × \(Self.latency) ms\"",
            "\"cpu_s\": \(row.clientCPU)",
        ]
        print("BENCH {" + fields.joined(separator: ", ") + "}")
    }

    /// Processor time used by this process so far, all threads.
    static func cpuSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }

    /// The one-minute load average, where the system tells it.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return String(text.split(separator: " ").first ?? "?")
    }

    /// Table lines carry a prefix that `run.sh` picks out of the test output.
    private func report(_ line: String) { print("READBENCH " + line) }

    private func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", duration / .seconds(1))
    }
}
