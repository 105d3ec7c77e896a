import AnyreachModel
import Foundation

extension ClientReadBenchmark {
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

    /// Requests that must follow one another in what `readOrg` does. Two chains run side by side:
    /// the campaign list's pages (cursor after cursor), and per campaign its first contact page
    /// (it tells `total`), then the rest of its pages at once; contacts are read by external_id,
    /// so they don't wait for the list. Configurations and concurrency are one request each.
    var campaignListPages: Int { max(1, (size.campaigns + 199) / 200) }
    var contactRounds: Int { size.contacts > 200 ? 2 : 1 }
    var longestChain: Int { max(campaignListPages, contactRounds) }
    /// Configurations, concurrency, the campaign list's pages and every contact page of 200.
    var fewestRequests: Int { 2 + campaignListPages + size.campaigns * max(1, (size.contacts + 199) / 200) }

    func printTable(_ rows: [Row]) {
        print(
            "longest chain = max(\(campaignListPages) campaign list page(s), \(contactRounds) contact rounds: "
                + "first page, then the rest at once) = \(longestChain)")
        print(
            "lower bound = max(\(longestChain), requests ÷ parallelism) × \(Self.latency) ms; "
                + "fewest requests possible: \(fewestRequests)")
        print(
            "cpu: seconds used during the read by this process (the client) and by the emulator; "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores")
        print(
            "| parallelism | requests | wall (s) | lower bound (s) | ratio | client cpu (s) | emulator cpu (s) "
                + "| load avg |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for row in rows {
            let emulator = row.emulatorCPU.map { String(format: "%.2f", $0) } ?? "(in client)"
            let cells = [
                "\(row.parallelism)", "\(row.requests)", format(row.wall), format(row.lowerBound),
                String(format: "%.2f", row.ratio), String(format: "%.2f", row.clientCPU), emulator, row.load,
            ]
            print("| " + cells.joined(separator: " | ") + " |")
        }
        for row in rows { print(benchLine(row)) }
    }

    func benchLine(_ row: Row) -> BenchLine {
        var line = BenchLine()
        line.add("scenario", "client-read \(size.label) at parallelism \(row.parallelism)")
        line.add("requests", row.requests)
        line.add("min_requests", fewestRequests)
        line.add("wall_s", seconds(row.wall))
        line.add("lower_bound_s", seconds(row.lowerBound))
        line.add("lower_bound", "client-read: max(\(longestChain), requests ÷ parallelism) × \(Self.latency) ms")
        line.add("cpu_s", row.clientCPU)
        return line
    }

    func format(_ duration: Duration) -> String {
        String(format: "%.2f", seconds(duration))
    }
}
