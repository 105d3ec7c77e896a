import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What this process has used so far (`getrusage`): the client's share when the emulator runs as
/// a child process.
enum ProcessUsage {
    /// `RUSAGE_SELF`, whose type differs between Glibc (an enum) and Darwin (an Int32).
    #if canImport(Glibc)
        private static let selfUsage = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
        private static let selfUsage = RUSAGE_SELF
    #endif

    /// Processor time, user and system, all threads.
    static func cpuSeconds() -> Double {
        let usage = current()
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The high-water mark of resident memory so far; `ru_maxrss` is in KiB on Linux.
    static func peakMiB() -> Double {
        Double(current().ru_maxrss) / 1024
    }

    /// The one-minute load average, where the system tells it: other work slows a benchmark.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?"
        return String(text.split(separator: " ").first ?? "?")
    }

    private static func current() -> rusage {
        var usage = rusage()
        getrusage(selfUsage, &usage)
        return usage
    }
}

func seconds(_ duration: Duration) -> Double { duration / .seconds(1) }

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
