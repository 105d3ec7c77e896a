import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl apply`: plan, show, confirm, execute; or execute a reviewed plan file.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Make the org match the manifests (or execute a saved plan).",
        discussion: """
            Plans, shows the plan and asks for confirmation on a terminal; --auto-approve for CI (without a terminal and without it, apply refuses). With --plan FILE it executes a plan saved by `plan --out`, after checking each object it touches: one that changed live is stale, and apply refuses (or, with --on-stale=skip, skips it and says so). Every operation's result is reported; a failure skips only what depends on it. Ctrl-C lets requests in flight finish and prints the summary. Running apply again finishes an interrupted or failed run. Exit 0 when everything was applied, 1 otherwise.

            Example:
              campaignctl apply --emulator --auto-approve examples/
              campaignctl apply --plan plan.json --on-stale=skip --report apply-report.json
            """)

    @OptionGroup var manifests: ManifestOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: PlanOutputOptions

    @Option(help: ArgumentHelp("Execute this saved plan instead of planning now.", valueName: "file"))
    var plan: String?

    @Flag(help: "Apply without asking (for CI).")
    var autoApprove = false

    @Option(help: "With --plan: what to do with objects that changed live since planning (refuse or skip).")
    var onStale: StalePolicy = .refuse

    @Flag(help: "Stop starting new operations after the first failure.")
    var failFast = false

    @Option(help: ArgumentHelp("Write the run's report as JSON to this file.", valueName: "file"))
    var report: String?

    /// A saved plan is executed as it was reviewed: manifest paths next to it would be ignored,
    /// so they are refused rather than silently dropped.
    func validate() throws {
        if plan != nil, !manifests.paths.isEmpty {
            throw ValidationError(
                "--plan executes the saved plan as it was reviewed and reads no manifests; drop the paths, or plan again with them"
            )
        }
    }

    func run() async throws {
        JSONDocument.promise(output.format == .json)
        let input = try readInput()
        let (plan, outcome) = try await connection.provider.withConnection { try await apply(input, on: $0) }
        try ApplyOutput(reportPath: report, output: output).finish(plan, outcome)
    }

    /// load: the saved plan, or the manifests.
    private func readInput() throws -> ApplyInput {
        if let plan { return try .saved(path: plan, policy: onStale) }
        return .manifests(try manifests.desiredState(), output.choices)
    }

    /// show → confirm → execute; no report when there is nothing to apply. A plan whose every
    /// operation is stale runs too (nothing is sent): its report says what was skipped.
    private func apply(_ input: ApplyInput, on connection: OpenConnection) async throws -> (Plan, ApplyReport?) {
        let review = try await input.plan(on: connection)
        let (plan, stale) = (review.plan, review.skipped)
        // JSON shows the plan inside the one document written at the end.
        if output.format == .json { try output.save(plan) } else { try output.emit(plan) }
        guard plan.hasChanges else { return (plan, nil) }
        if stale.operations.count < plan.operations.count { try Confirmation(autoApprove: autoApprove).require() }
        return await (
            plan,
            ApplyRun(
                client: connection.client, plan: plan, failFast: failFast, stale: stale,
                parallelism: connection.settings.parallelism
            ).execute()
        )
    }
}
