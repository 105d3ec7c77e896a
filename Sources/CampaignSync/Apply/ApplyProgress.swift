import Foundation

/// Progress of a long apply: operations and contacts done, rate and time left. On a terminal a
/// line that redraws itself; otherwise a plain line every few seconds.
public actor ApplyProgress {
    private let totalOperations: Int
    private let totalContacts: Int
    private var operationsDone = 0
    private var contactsDone = 0
    private let started = ContinuousClock.now

    public init(plan: Plan) {
        totalOperations = plan.operations.count
        totalContacts = plan.operations.reduce(0) { $0 + $1.contacts.count }
    }

    func advance(_ contacts: Int) { contactsDone += contacts }
    func operationFinished() { operationsDone += 1 }

    public func line() -> String {
        let seconds = max(
            0.001,
            Double(started.duration(to: .now).components.seconds) + Double(
                started.duration(to: .now).components.attoseconds) / 1e18)
        var text = "apply: \(operationsDone)/\(totalOperations) operations"
        guard totalContacts > 0 else { return text }
        let rate = Double(contactsDone) / seconds
        text += ", \(contactsDone)/\(totalContacts) contacts, \(Int(rate))/s"
        if rate > 0, contactsDone < totalContacts {
            text += ", ~\(Int((Double(totalContacts - contactsDone) / rate).rounded(.up)))s left"
        }
        return text
    }

    /// Prints the progress line until the task is cancelled.
    public nonisolated func report(terminal: Bool, write: @escaping @Sendable (String) -> Void) -> Task<Void, Never> {
        Task {
            let interval: Duration = terminal ? .milliseconds(250) : .seconds(5)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }
                let line = await self.line()
                write(terminal ? "\r\u{1B}[K" + line : line + "\n")
            }
            if terminal { write("\r\u{1B}[K") }
        }
    }
}
