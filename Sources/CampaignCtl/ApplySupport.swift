import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Dispatch
import Foundation

/// Asks before changing the org: `yes` on a terminal, `--auto-approve` elsewhere.
struct Confirmation {
    let autoApprove: Bool

    func require() throws {
        if autoApprove { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw Diagnostic.error(
                .confirmationRequired, "refusing to apply without confirmation: no terminal to ask on",
                hint: "pass --auto-approve (e.g. in CI)")
        }
        FileHandle.standardError.write(Data("Apply this plan? Only 'yes' will be accepted: ".utf8))
        guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else {
            Console.status("Apply cancelled; nothing was changed.")
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
        // The plan went to stdout: out before progress starts on stderr, so that a log merging
        // both streams (GitHub Actions does) reads in order, not mid-line.
        fflush(nil)
        let reporter = progress.report(terminal: isatty(STDERR_FILENO) == 1) {
            FileHandle.standardError.write(Data($0.utf8))
        }
        let report = await PlanExecutor(
            client: client, plan: plan, control: control, failFast: failFast, progress: progress, stale: stale,
            maxConcurrentOperations: parallelism
        ).execute()
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
            if !control.isInterrupted {
                Console.status("\ninterrupted: letting requests in flight finish; nothing new starts")
            }
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
    let output: PlanOutputOptions

    /// The report (nil: the plan had no changes) on every path: stderr, stdout, `--report`, exit
    /// code. Exit 1 unless every operation of the plan was applied (one skipped as stale too).
    func finish(_ plan: Plan, _ outcome: ApplyReport?) throws {
        var report = outcome ?? .empty
        report.environment = plan.scope.environment
        if outcome != nil { describe(report) }
        if output.format == .json {
            JSONDocument.write(PlanJSONRenderer.encode(Document(plan: plan, report: report, masking: output.masking)))
        } else {
            print(outcome == nil ? "Nothing to apply." : report.summaryLine)
        }
        if let reportPath { try write(report, to: reportPath) }
        if !report.appliedEverything { throw ExitCode(1) }
    }

    /// `apply --format json`: the plan as `plan --format json` shows it, and each result.
    struct Document: Encodable {
        var formatVersion = 1
        var ok: Bool
        var plan: JSONValue
        var report: ApplyReport

        init(plan: Plan, report: ApplyReport, masking: Masking) {
            ok = report.appliedEverything
            self.plan = (try? JSONValue.parse(Data(PlanJSONRenderer(masking: masking).render(plan).utf8))) ?? .null
            self.report = report
        }

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case ok, plan, report
        }
    }

    private func describe(_ report: ApplyReport) {
        // The API's warnings about contacts it accepted are counted below, not listed.
        Console.report(report.diagnostics.filter { $0.kind != .contactWarning }, limitPerKind: 50)
        let warnings = report.contactNotes.filter { !$0.isFailure }
        if !warnings.isEmpty {
            Console.status(
                "\(warnings.count) contact warning(s)\(reportPath == nil ? " (see --report for all)" : ""); first: \(warnings[0].externalID ?? "?"): \(warnings[0].message)"
            )
        }
    }

    private func write(_ report: ApplyReport, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try PrivateFile.write(encoder.encode(report), to: path)
    }
}
