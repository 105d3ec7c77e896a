import AnyreachAPI
import AnyreachModel
@testable import AnyreachClient
@testable import CampaignManifest
import CampaignSync
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A benchmark, not a test: it runs only with `CAMPAIGNCTL_BENCH=1` (see
/// `benchmarks/plan/run.sh`). 20 campaigns × 5,000 contacts are applied to the emulator (a child
/// process, latency 0, on a SQLite file) by the built `campaignctl apply`; then the emulator
/// restarts on that file with 50 ms of latency, and again with 0 ms, and each time this process
/// plans with no changes and with 1% of the contacts changed.
///
/// Reported per plan: requests (the client's metrics), wall time (read and diff), CPU time and
/// peak memory of this process (`getrusage`; `ru_maxrss` is the process's high-water mark so
/// far), and wall time over the lower bound of the reads, `max(longest chain, requests ÷
/// parallelism) × latency`. The longest chain is 2 requests: a campaign's first contact page,
/// then its other pages together (contacts are read by external_id beside the campaign list,
/// whose 20 campaigns fit one page).
@Suite struct PlanBenchmark {
    static let campaigns = 20
    static let contactsPerCampaign = 5000
    static let parallelism = 8
    static let longestChain = 2
    /// The configuration list, one page of campaigns, the concurrency settings, and every
    /// campaign's contacts in pages of 200: the fewest reads the API allows.
    static let fewestRequests = 3 + campaigns * Int((Double(contactsPerCampaign) / 200).rounded(.up))

    struct Row {
        var latency: Int
        var scenario: String
        var requests: Int
        var operations: Int
        var read: Duration
        var diff: Duration
        var cpu: Double
        var peakMiB: Double

        var wall: Duration { read + diff }

        /// The reads' lower bound at this latency; nil without latency.
        var lowerBound: Double? {
            guard latency > 0 else { return nil }
            let rounds = max(Double(PlanBenchmark.longestChain), (Double(requests) / Double(PlanBenchmark.parallelism)).rounded(.up))
            return rounds * Double(latency) / 1000
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CAMPAIGNCTL_BENCH"] == "1"))
    func planTwentyCampaignsOfFiveThousandContacts() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("plan-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let database = work.appendingPathComponent("org.sqlite").path
        let desired = Self.desiredState()
        try await seed(desired, database: database, work: work)

        var rows: [Row] = []
        for latency in [50, 0] {
            let emulator = try await EmulatorServer.start(database: URL(fileURLWithPath: database), ["--latency-ms", String(latency)])
            defer { emulator.kill() }
            rows.append(try await measure(desired, "no changes", latency: latency, emulator))
            rows.append(try await measure(Self.changingOnePercent(desired), "1% changed", latency: latency, emulator))
            try await emulator.stop()
        }
        print(Self.table(rows))
        for row in rows { print(Self.benchLine(row)) }
        #expect(rows.filter { $0.scenario == "no changes" }.allSatisfy { $0.operations == 0 })
    }

    // MARK: - The org

    /// One configuration and 20 active campaigns of 5,000 contacts each.
    static func desiredState() -> DesiredState {
        var state = DesiredState()
        let location = CampaignManifest.SourceLocation(file: "bench.yaml", line: 1, column: 1)
        state.configurations = [ConfigurationSpec(
            externalID: "bench-hours",
            state: ConfigurationState(name: "Bench hours", dialingPolicy: DialingPolicy(maxAttempts: 3, retryDelayMinutes: 60),
                                      agent: Agent(agentID: "agent-bench")),
            location: location)]
        state.campaigns = (1...campaigns).map { number in
            let key = String(format: "bench-%02d", number)
            let contacts = (0..<contactsPerCampaign).map { index in contact(campaign: number, index: index) }
            return CampaignSpec(externalID: key, name: "Bench \(number)", configuration: "bench-hours", status: .active, priority: 5,
                                contacts: contacts, pruneContacts: false, location: location, fieldLocations: [:])
        }
        return state
    }

    static func contact(campaign: Int, index: Int) -> ContactSpec {
        let phone = String(format: "+1415%03d%04d", campaign, index)
        var spec = ContactSpec(externalID: String(format: "c-%05d", index), rawPhoneNumbers: [phone],
                               location: CampaignManifest.SourceLocation(file: "bench.csv", line: index + 2, column: 1))
        spec.phoneNumbers = [phone]
        spec.timezone = ["America/Chicago", "America/New_York", "America/Denver"][index % 3]
        spec.data = ["plan": .string(["basic", "plus", "premium"][index % 3]), "tier": .string("t\(index % 7)")]
        return spec
    }

    /// Every hundredth contact with other data: 1% of them.
    static func changingOnePercent(_ desired: DesiredState) -> DesiredState {
        var changed = desired
        for campaign in changed.campaigns.indices {
            for index in stride(from: 0, to: changed.campaigns[campaign].contacts.count, by: 100) {
                changed.campaigns[campaign].contacts[index].data = ["plan": "changed", "tier": "t0"]
            }
        }
        return changed
    }

    /// The same state as manifests (CSV contacts), applied by the built `campaignctl` in a child
    /// process, so seeding costs this process neither CPU time nor memory.
    private func seed(_ desired: DesiredState, database: String, work: URL) async throws {
        let manifests = work.appendingPathComponent("manifests")
        try Self.writeManifests(desired, to: manifests)
        let token = work.appendingPathComponent("token")
        try CredentialToken.local.write(to: token, atomically: true, encoding: .utf8)
        let emulator = try await EmulatorServer.start(database: URL(fileURLWithPath: database))
        defer { emulator.kill() }
        let result = try await ChildProcess.run(try BuiltProducts.executable("campaignctl"),
                                                ["apply", "--auto-approve", "--api-url", emulator.baseURL, "--token-file", token.path, manifests.path],
                                                environment: ProcessInfo.processInfo.environment, directory: work, timeout: .seconds(600))
        try await emulator.stop()
        guard result.status == 0 else {
            Issue.record("seeding failed (\(result.status)):\n\(result.stderr.suffix(2000))")
            throw FixtureError()
        }
    }

    static func writeManifests(_ desired: DesiredState, to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "configurations:\n  bench-hours:\n    name: Bench hours\n    agent: {agent_id: agent-bench}\n"
            .write(to: directory.appendingPathComponent("configurations.yaml"), atomically: true, encoding: .utf8)
        for campaign in desired.campaigns {
            let yaml = """
                campaigns:
                  \(campaign.externalID):
                    name: \(campaign.name)
                    configuration: \(campaign.configuration)
                    contacts_files:
                      - path: \(campaign.externalID).csv
                        columns: {external_id: id, phone_numbers: [phone], timezone: timezone, data: {plan: plan, tier: tier}}

                """
            try yaml.write(to: directory.appendingPathComponent("\(campaign.externalID).yaml"), atomically: true, encoding: .utf8)
            let rows = campaign.contacts.map { contact in
                "\(contact.externalID),\(contact.phoneNumbers[0]),\(contact.timezone ?? ""),\(contact.data.objectValue?["plan"]?.stringValue ?? ""),\(contact.data.objectValue?["tier"]?.stringValue ?? "")"
            }
            try (["id,phone,timezone,plan,tier"] + rows).joined(separator: "\n").appending("\n")
                .write(to: directory.appendingPathComponent("\(campaign.externalID).csv"), atomically: true, encoding: .utf8)
        }
    }

    // MARK: - Measuring

    private func measure(_ desired: DesiredState, _ scenario: String, latency: Int, _ emulator: EmulatorServer) async throws -> Row {
        let settings = ConnectionSettings(baseURL: URL(string: emulator.baseURL)!, token: SecretToken(CredentialToken.local), parallelism: Self.parallelism)
        let client = AnyreachClient(settings: settings)
        let cpuBefore = Self.cpuSeconds()
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
        let cpu = Self.cpuSeconds() - cpuBefore
        let requests = client.metrics.snapshot.requests
        await client.shutdown()
        return Row(latency: latency, scenario: scenario, requests: requests, operations: plan.operations.count, read: read, diff: diff,
                   cpu: cpu, peakMiB: Self.peakMiB())
    }

    /// `RUSAGE_SELF`, whose type differs between Glibc (an enum) and Darwin (an Int32).
    #if canImport(Glibc)
    static let selfUsage = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    static let selfUsage = RUSAGE_SELF
    #endif

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(Self.selfUsage, &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// `ru_maxrss` is in KiB on Linux.
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(Self.selfUsage, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The `BENCH {json}` line `benchmarks/run-all.sh` collects into its one table.
    static func benchLine(_ row: Row) -> String {
        var fields = [
            "\"scenario\": \"plan 20×5000, \(row.scenario), \(row.latency) ms\"", "\"requests\": \(row.requests)",
            "\"min_requests\": \(fewestRequests)", "\"wall_s\": \(row.wall / .seconds(1))", "\"cpu_s\": \(row.cpu)", "\"peak_mib\": \(row.peakMiB)",
        ]
        if let bound = row.lowerBound {
            fields += ["\"lower_bound_s\": \(bound)", "\"lower_bound\": \"plan: max(2, requests ÷ \(parallelism)) × latency\""]
        }
        return "BENCH {" + fields.joined(separator: ", ") + "}"
    }

    static func table(_ rows: [Row]) -> String {
        let seconds = { (duration: Duration) in String(format: "%.2f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) }
        var lines = ["| latency | plan | requests | operations | wall s (read + diff) | CPU s | peak RSS MiB | wall / read bound |",
                     "|---|---|---|---|---|---|---|---|"]
        for row in rows {
            let bound = row.lowerBound.map { bound in
                String(format: "%.2f (bound %.2f s)", (Double(row.wall.components.seconds) + Double(row.wall.components.attoseconds) / 1e18) / bound, bound)
            } ?? "n/a (no latency)"
            lines.append("| \(row.latency) ms | \(row.scenario) | \(row.requests) | \(row.operations) | \(seconds(row.wall)) (\(seconds(row.read)) + \(seconds(row.diff))) | "
                         + String(format: "%.2f", row.cpu) + " | " + String(format: "%.0f", row.peakMiB) + " | \(bound) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// The emulator's built-in all-scope credential (`CredentialStore.localToken`).
enum CredentialToken {
    static let local = "ak_local.emulator"
}
