import AnyreachAPI
public import AnyreachClient

/// Executes a plan: each operation once its dependencies succeeded, independent ones side by
/// side within the client's shared limit. A failure skips what depends on it and lets the rest
/// finish (or, with `failFast`, starts nothing more); an interruption lets calls in flight end.
public struct PlanExecutor: Sendable {
    public let client: AnyreachClient
    public let plan: Plan
    public let control: ApplyControl
    public let failFast: Bool
    public let progress: ApplyProgress
    /// Operations found stale before the run, with the reason.
    public let stale: [String: String]

    public init(client: AnyreachClient, plan: Plan, control: ApplyControl, failFast: Bool, progress: ApplyProgress, stale: [String: String] = [:]) {
        self.client = client
        self.plan = plan
        self.control = control
        self.failFast = failFast
        self.progress = progress
        self.stale = stale
    }

    public func execute() async -> ApplyReport {
        var board = Scoreboard(plan: plan)
        for (id, reason) in stale { board.record(id, .stale, reason) }
        var notes: [ApplyReport.ContactNote] = []
        let runner: OperationRunner
        do {
            runner = OperationRunner(client: client, ids: try await initialIDs(), progress: progress)
        } catch {
            for operation in plan.operations { board.record(operation.id, .failed, "could not list configurations: \(error)") }
            return board.report(notes: [], interrupted: false)
        }
        await withTaskGroup(of: (String, Result<[ApplyReport.ContactNote], any Error>).self) { group in
            var running = 0
            repeat {
                for operation in board.ready(stopping: control.isInterrupted || (failFast && board.hasFailure)) {
                    running += 1
                    group.addTask { (operation.id, await Self.attempt(operation, runner)) }
                }
                guard running > 0, let (id, result) = await group.next() else { break }
                running -= 1
                await progress.operationFinished()
                switch result {
                case .success(let found): board.record(id, .done, nil); notes += found
                case .failure(let error): board.record(id, .failed, String(describing: error))
                }
            } while true
        }
        return board.report(notes: notes, interrupted: control.isInterrupted)
    }

    private static func attempt(_ operation: PlanOperation, _ runner: OperationRunner) async -> Result<[ApplyReport.ContactNote], any Error> {
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
    private var outcomes: [String: (ApplyReport.Outcome, String?)] = [:]
    private var started: Set<String> = []

    init(plan: Plan) { operations = plan.operations }

    var hasFailure: Bool { outcomes.values.contains { $0.0 == .failed } }

    mutating func record(_ id: String, _ outcome: ApplyReport.Outcome, _ reason: String?) {
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

    func report(notes: [ApplyReport.ContactNote], interrupted: Bool) -> ApplyReport {
        let results = operations.map { operation in
            let (outcome, reason) = outcomes[operation.id] ?? (.notStarted, interrupted ? "interrupted before it started" : "not started")
            return ApplyReport.OperationResult(id: operation.id, outcome: outcome, reason: reason, source: operation.source)
        }
        return ApplyReport(operations: results, contactNotes: notes, interrupted: interrupted)
    }
}
