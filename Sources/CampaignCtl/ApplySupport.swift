import AnyreachClient
import ArgumentParser
import CampaignManifest
import CampaignSync
import Dispatch
import Foundation

/// A plan saved by `plan --out`, checked against the org as it is now.
struct SavedPlan {
    let path: String
    let policy: StalePolicy

    func load(_ open: Connection) async throws -> (Plan, Plan.StaleSkips) {
        let plan: Plan
        do {
            plan = try PlanFile.read(from: path)
        } catch {
            printError("error: can't read the plan file '\(path)': \(error)")
            throw ExitCode(1)
        }
        guard plan.formatVersion == Plan.formatVersion else {
            printError("error: '\(path)' has plan format \(plan.formatVersion); this campaignctl reads format \(Plan.formatVersion)")
            throw ExitCode(1)
        }
        try checkTarget(plan.scope, open)
        let scopes = StaleCheck.contactScopes(of: plan)
        let live = try await open.client.readOrg(contactsOf: scopes.campaigns, includeAdHoc: scopes.adHoc)
        return try decide(plan, StaleCheck(plan: plan, live: live).findings())
    }

    /// A plan is for the API and org it was made against: applied to another, its creates would
    /// land in an org nobody reviewed them for. (The embedded emulator gets a new port each run,
    /// so its plans are not held to their URL.)
    private func checkTarget(_ scope: PlanScope, _ open: Connection) throws {
        let trimmed = { (url: String) in url.hasSuffix("/") ? String(url.dropLast()) : url }
        guard open.emulator == nil, trimmed(scope.apiURL) != trimmed(open.displayURL) || scope.org != open.settings.org else { return }
        let target = { (url: String, org: String?) in url + (org.map { " (org \($0))" } ?? "") }
        printError("error: '\(path)' was planned against \(target(scope.apiURL, scope.org)), not \(target(open.displayURL, open.settings.org)); plan again against this API")
        throw ExitCode(1)
    }

    private func decide(_ plan: Plan, _ findings: [StaleCheck.Finding]) throws -> (Plan, Plan.StaleSkips) {
        guard !findings.isEmpty else { return (plan, .init()) }
        for finding in findings.prefix(50) { printError("stale: \(finding.object) \(finding.reason) (operation \(finding.operationID))") }
        if findings.count > 50 { printError("stale: … and \(findings.count - 50) more") }
        guard policy == .skip else {
            printError("error: \(findings.count) object(s) changed since the plan was made; plan again, or pass --on-stale=skip to apply the rest")
            throw ExitCode(1)
        }
        let (trimmed, skipped) = plan.removingStale(findings)
        printError("skipping \(findings.count) stale object(s); applying the rest")
        return (trimmed, skipped)
    }
}

/// Asks before changing the org: `yes` on a terminal, `--auto-approve` elsewhere.
struct Confirmation {
    let autoApprove: Bool

    func require() throws {
        if autoApprove { return }
        guard isatty(STDIN_FILENO) == 1 else {
            printError("error: refusing to apply without confirmation: no terminal to ask on; pass --auto-approve (e.g. in CI)")
            throw ExitCode(1)
        }
        FileHandle.standardError.write(Data("Apply this plan? Only 'yes' will be accepted: ".utf8))
        guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            printError("Apply cancelled; nothing was changed.")
            throw ExitCode(1)
        }
    }
}

/// Runs the executor with progress output and Ctrl-C / SIGTERM handling.
struct ApplyRun {
    let client: AnyreachClient
    let plan: Plan
    let failFast: Bool
    let stale: Plan.StaleSkips
    /// The connection's parallelism: operations under way at once.
    let parallelism: Int

    func execute() async -> ApplyReport {
        let control = ApplyControl()
        let signals = [SIGINT, SIGTERM].map { InterruptSignal(number: $0, control: control) }
        let progress = ApplyProgress(plan: plan)
        let reporter = progress.report(terminal: isatty(STDERR_FILENO) == 1) { FileHandle.standardError.write(Data($0.utf8)) }
        let report = await PlanExecutor(client: client, plan: plan, control: control, failFast: failFast, progress: progress, stale: stale,
                                        maxConcurrentOperations: parallelism).execute()
        reporter.cancel()
        _ = await reporter.value
        signals.forEach { $0.cancel() }
        return report
    }
}

/// Turns a signal into an interruption: requests in flight finish, nothing new starts.
final class InterruptSignal {
    private let source: any DispatchSourceSignal

    init(number: Int32, control: ApplyControl) {
        signal(number, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            if !control.isInterrupted { printError("\ninterrupted: letting requests in flight finish; nothing new starts") }
            control.interrupt()
        }
        source.resume()
    }

    func cancel() {
        source.cancel()
    }
}

/// The end of a run: the summary, what failed and why, the JSON report, the exit code.
struct ApplyOutput {
    let reportPath: String?

    func finish(_ report: ApplyReport) throws {
        for result in report.operations where result.outcome != .done {
            let location = result.source.map { " (\($0.fileAndLine))" } ?? ""
            printError("\(result.outcome.rawValue): \(result.id)\(location): \(result.reason ?? "")")
        }
        for note in report.staleContacts.prefix(50) { printError("stale: contact \(note.externalID ?? "?") of \(note.campaign)\(note.source.map { " (\($0.fileAndLine))" } ?? ""): \(note.message)") }
        let failures = report.contactNotes.filter(\.isFailure)
        for note in failures.prefix(50) { printError("failed contact \(note.externalID ?? "?") of \(note.campaign)\(note.source.map { " (\($0.fileAndLine))" } ?? ""): \(note.message)") }
        let warnings = report.contactNotes.filter { !$0.isFailure }
        if !warnings.isEmpty { printError("\(warnings.count) contact warning(s)\(reportPath == nil ? " (see --report for all)" : ""); first: \(warnings[0].externalID ?? "?"): \(warnings[0].message)") }
        print(report.summaryLine)
        if let reportPath { try write(report, to: reportPath) }
        if !report.succeeded { throw ExitCode(1) }
    }

    private func write(_ report: ApplyReport, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try PrivateFile.write(encoder.encode(report), to: path)
    }
}
