import Foundation

/// Progress of a long apply: operations and contacts done (inline ones when their create lands),
/// rate and time left. On a terminal a line that redraws itself; otherwise a plain line at the
/// start and every 10 seconds.
public actor ApplyProgress {
    private let totalOperations: Int
    private let totalContacts: Int
    private var operationsDone = 0
    private var contactsDone = 0

    public init(plan: Plan) {
        totalOperations = plan.operations.count
        totalContacts = plan.operations.reduce(0) { $0 + $1.contacts.count }
    }

    public func advance(_ contacts: Int) { contactsDone += contacts }
    func operationFinished() { operationsDone += 1 }

    /// `apply: 3/9 operations, 2000/5004 contacts, 950/s, ~4s left`. The rate is that of the
    /// last `window` (a big inline create lands all at once, and the first seconds say little);
    /// no time left is guessed until some contacts are done.
    public func line(now: ContinuousClock.Instant = .now) -> String {
        samples.append((now, contactsDone))
        // Samples older than the window go, but one earlier than now always stays to measure from.
        while samples.count > 2, samples[0].at.duration(to: now) > Self.window { samples.removeFirst() }
        var text = "apply: \(operationsDone)/\(totalOperations) operations"
        guard totalContacts > 0 else { return text }
        text += ", \(contactsDone)/\(totalContacts) contacts"
        guard let first = samples.dropLast().first, contactsDone > first.contacts else { return text }
        let seconds = max(0.001, Self.seconds(first.at.duration(to: now)))
        let rate = Double(contactsDone - first.contacts) / seconds
        text += ", \(Int(rate.rounded()))/s"
        if contactsDone < totalContacts {
            text += ", ~\(Int((Double(totalContacts - contactsDone) / rate).rounded(.up)))s left"
        }
        return text
    }

    /// How far back the rate looks.
    static let window: Duration = .seconds(10)
    private var samples: [(at: ContinuousClock.Instant, contacts: Int)] = []

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Prints the progress line until the task is cancelled.
    public nonisolated func report(terminal: Bool, write: @escaping @Sendable (String) -> Void) -> Task<Void, Never> {
        Task {
            // A CI log gets a line at the start and one every 10 s: enough to see it is alive.
            let interval: Duration = terminal ? .milliseconds(250) : .seconds(10)
            var first = !terminal
            while !Task.isCancelled {
                if !first { try? await Task.sleep(for: interval) }
                first = false
                if Task.isCancelled { break }
                let line = await self.line()
                write(terminal ? "\r\u{1B}[K" + line : line + "\n")
            }
            if terminal { write("\r\u{1B}[K") }
        }
    }
}
