import ArgumentParser

/// A duration on the command line: `30s`, `5m`, `1h`.
struct DurationArgument: ExpressibleByArgument {
    let duration: Duration

    init(duration: Duration) { self.duration = duration }

    /// As it is written on the command line (`300s`), for `--help`'s default.
    var defaultValueDescription: String { "\(duration.components.seconds)s" }

    init?(argument: String) {
        guard let unit = argument.last, let value = Int(argument.dropLast()), value > 0 else { return nil }
        switch unit {
        case "s": duration = .seconds(value)
        case "m": duration = .seconds(value * 60)
        case "h": duration = .seconds(value * 3600)
        default: return nil
        }
    }
}
