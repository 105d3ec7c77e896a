import TestSupport

extension Finished {
    /// The `Apply: N done, N failed, N skipped because a dependency failed…` line, if printed.
    var applySummary: String? {
        stdout.split(separator: "\n").last(where: { $0.hasPrefix("Apply: ") }).map(String.init)
    }

    /// The numbers of the summary line: done, failed, skipped.
    var applyCounts: (done: Int, failed: Int, skipped: Int)? {
        let summary = /^Apply: (\d+) done, (\d+) failed, (\d+) skipped because a dependency failed/
        guard let line = applySummary, let match = line.firstMatch(of: summary) else { return nil }
        return (Int(match.1)!, Int(match.2)!, Int(match.3)!)
    }
}
