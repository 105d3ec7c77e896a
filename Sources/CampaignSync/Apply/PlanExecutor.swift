import AnyreachAPI
public import AnyreachClient
import AnyreachModel

/// Executes a plan: each operation once its dependencies succeeded, independent ones side by
/// side within the client's shared limit. A failure skips what depends on it and lets the rest
/// finish (or, with `failFast`, starts nothing more); an interruption lets calls in flight end.
public struct PlanExecutor: Sendable {
    public let client: AnyreachClient
    public let plan: Plan
    public let control: ApplyControl
    public let failFast: Bool
    public let progress: ApplyProgress
    /// What was found stale before the run and left out of `plan`.
    public let stale: Plan.StaleSkips
    /// Operations under way at once: the client's parallelism. Ready operations past it wait
    /// here, not in the client's queue, so a stop leaves them unstarted instead of still sent.
    public let maxConcurrentOperations: Int

    public init(
        client: AnyreachClient, plan: Plan, control: ApplyControl, failFast: Bool, progress: ApplyProgress,
        stale: Plan.StaleSkips = .init(), maxConcurrentOperations: Int = 8
    ) {
        self.client = client
        self.plan = plan
        self.control = control
        self.failFast = failFast
        self.progress = progress
        self.stale = stale
        self.maxConcurrentOperations = max(1, maxConcurrentOperations)
    }

    public func execute() async -> ApplyReport {
        var board = Scoreboard(plan: plan, staleContacts: stale.contacts)
        for (id, reason) in stale.operations { board.record(id, .stale, reason) }
        let runner: OperationRunner
        do {
            runner = OperationRunner(client: client, ids: try await initialIDs(), progress: progress)
        } catch {
            for operation in plan.operations {
                board.record(operation.id, .failed, "could not list configurations: \(error)")
            }
            return board.report(notes: [], interrupted: false, stoppedByFailure: false)
        }
        let notes = await run(&board, runner)
        return board.report(
            notes: notes, interrupted: control.isInterrupted, stoppedByFailure: failFast && board.hasFailure)
    }

    /// Whether nothing new may start: an interruption, or a failure under `failFast`.
    private func isStopping(_ board: Scoreboard) -> Bool {
        control.isInterrupted || (failFast && board.hasFailure)
    }

    /// Starts ready operations in plan order, at most `maxConcurrentOperations` at a time, and
    /// records each result; returns the contact notes of those that ran.
    private func run(_ board: inout Scoreboard, _ runner: OperationRunner) async -> [ApplyReport.ContactNote] {
        await withTaskGroup(of: (OperationID, Result<[ApplyReport.ContactNote], any Error>).self) { group in
            var notes: [ApplyReport.ContactNote] = []
            var waiting: [PlanOperation] = []
            var running = 0
            while true {
                let stopping = isStopping(board)
                waiting += board.ready(stopping: stopping)
                while !stopping, running < maxConcurrentOperations, !waiting.isEmpty {
                    let operation = waiting.removeFirst()
                    running += 1
                    group.addTask { (operation.id, await Self.attempt(operation, runner)) }
                }
                guard running > 0, let (id, result) = await group.next() else { break }
                running -= 1
                await progress.operationFinished()
                switch result {
                case .success(let found):
                    board.record(id, .done, nil)
                    notes += found
                case .failure(let error): board.record(id, .failed, String(describing: error))
                }
            }
            return notes
        }
    }

    private static func attempt(_ operation: PlanOperation, _ runner: OperationRunner) async -> Result<
        [ApplyReport.ContactNote], any Error
    > {
        do { return .success(try await runner.run(operation)) } catch { return .failure(error) }
    }

    private func initialIDs() async throws -> ResolvedIDs {
        let configurations = try await client.listConfigurations()
        let known = configurations.compactMap { config in config.externalId.map { ($0, config.id) } }
        return ResolvedIDs(configurations: Dictionary(known, uniquingKeysWith: { first, _ in first }))
    }
}

/// Which operations have run and how, and which may start now.
struct Scoreboard {
    private let operations: [PlanOperation]
    private let staleContacts: [ApplyReport.ContactNote]
    private var outcomes: [OperationID: (ApplyReport.Outcome, String?)] = [:]
    private var started: Set<OperationID> = []

    init(plan: Plan, staleContacts: [ApplyReport.ContactNote] = []) {
        operations = plan.operations
        self.staleContacts = staleContacts
    }

    var hasFailure: Bool { outcomes.values.contains { $0.0 == .failed } }

    mutating func record(_ id: OperationID, _ outcome: ApplyReport.Outcome, _ reason: String?) {
        outcomes[id] = (outcome, reason)
        started.insert(id)
    }

    /// Operations whose dependencies all succeeded; those behind a failure are marked skipped,
    /// and when `stopping`, nothing new starts.
    mutating func ready(stopping: Bool) -> [PlanOperation] {
        var ready: [PlanOperation] = []
        var changed = true
        while changed {
            changed = false
            for operation in operations where !started.contains(operation.id) {
                if let blocker = operation.dependsOn.first(where: { outcomes[$0].map { $0.0 != .done } ?? false }) {
                    record(operation.id, .skipped, "depends on \(blocker), which \(describe(outcomes[blocker]!.0))")
                    changed = true
                } else if operation.dependsOn.allSatisfy({ outcomes[$0]?.0 == .done }), !stopping {
                    started.insert(operation.id)
                    ready.append(operation)
                }
            }
        }
        return ready
    }

    private func describe(_ outcome: ApplyReport.Outcome) -> String {
        switch outcome {
        case .failed: "failed"
        case .stale: "was stale"
        case .notStarted: "did not start"
        default: "was skipped"
        }
    }

    func report(notes: [ApplyReport.ContactNote], interrupted: Bool, stoppedByFailure: Bool) -> ApplyReport {
        let unstarted =
            interrupted
            ? "interrupted before it started"
            : stoppedByFailure ? "not started: --fail-fast stopped the run at the first failure" : "not started"
        let results = operations.map { operation in
            let (outcome, reason) = outcomes[operation.id] ?? (.notStarted, unstarted)
            return ApplyReport.OperationResult(
                id: operation.id, outcome: outcome, reason: reason, source: operation.source)
        }
        return ApplyReport(
            operations: results, contactNotes: notes, staleContacts: staleContacts, interrupted: interrupted)
    }
}
