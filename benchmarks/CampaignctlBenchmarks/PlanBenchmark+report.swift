import AnyreachModel
import Foundation

extension PlanBenchmark {
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
            let rounds = max(
                Double(PlanBenchmark.longestChain),
                (Double(requests) / Double(PlanBenchmark.parallelism)).rounded(.up))
            return rounds * Double(latency) / 1000
        }
    }

    /// The configuration list, one page of campaigns, the concurrency settings, and every
    /// campaign's contacts in pages of 200: the fewest reads the API allows.
    var fewestRequests: Int {
        3 + size.campaigns * Int((Double(size.contacts) / 200).rounded(.up))
    }

    func benchLine(_ row: Row) -> BenchLine {
        var line = BenchLine()
        line.add("scenario", "plan \(size.label), \(row.scenario), \(row.latency) ms")
        line.add("requests", row.requests)
        line.add("min_requests", fewestRequests)
        line.add("wall_s", seconds(row.wall))
        line.add("cpu_s", row.cpu)
        line.add("peak_mib", row.peakMiB)
        if let bound = row.lowerBound {
            line.add("lower_bound_s", bound)
            line.add("lower_bound", "plan: max(\(Self.longestChain), requests ÷ \(Self.parallelism)) × latency")
        }
        return line
    }

    func table(_ rows: [Row]) -> String {
        let header = [
            "| latency | plan | requests | operations | wall s (read + diff) | CPU s | peak RSS MiB "
                + "| wall / read bound |",
            "|---|---|---|---|---|---|---|---|",
        ]
        return (header + rows.map(tableRow)).joined(separator: "\n")
    }

    private func tableRow(_ row: Row) -> String {
        let format = { (duration: Duration) in String(format: "%.2f", seconds(duration)) }
        let bound =
            row.lowerBound.map { bound in
                String(format: "%.2f (bound %.2f s)", seconds(row.wall) / bound, bound)
            } ?? "n/a (no latency)"
        let wall = "\(format(row.wall)) (\(format(row.read)) + \(format(row.diff)))"
        let cells = [
            "\(row.latency) ms", row.scenario, "\(row.requests)", "\(row.operations)", wall,
            String(format: "%.2f", row.cpu), String(format: "%.0f", row.peakMiB), bound,
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
