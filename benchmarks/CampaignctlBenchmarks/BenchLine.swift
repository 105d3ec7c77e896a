import ArgumentParser

/// One `BENCH {json}` line; `benchmarks/run-all.sh` collects them from every benchmark into one
/// table (`benchmarks/table.py` reads the keys: scenario, requests, min_requests, wall_s,
/// lower_bound_s, lower_bound, cpu_s, peak_mib).
struct BenchLine: CustomStringConvertible {
    private var fields: [String] = []

    mutating func add(_ key: String, _ text: String) {
        let escaped = text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
        fields.append("\"\(key)\": \"\(escaped)\"")
    }

    mutating func add(_ key: String, _ number: Int) {
        fields.append("\"\(key)\": \(number)")
    }

    mutating func add(_ key: String, _ number: Double) {
        fields.append("\"\(key)\": \(number)")
    }

    var description: String { "BENCH {" + fields.joined(separator: ", ") + "}" }
}

/// Checks a benchmark makes of its own results; failures are printed at the end and make the
/// run exit 1, after the figures are out.
struct BenchChecks {
    private(set) var failures: [String] = []

    mutating func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append(message()) }
    }

    func finish() throws {
        for failure in failures { printError("check failed: \(failure)") }
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
