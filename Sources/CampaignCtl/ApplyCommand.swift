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
            Plans, shows the plan and asks for confirmation on a terminal; --auto-approve for CI (without a terminal and without it, apply refuses). With --plan FILE it executes a plan saved by `plan --out`, after checking each object it touches: one that changed live is stale, and apply refuses (or, with --on-stale=skip, skips it and says so). Given manifest paths too, --plan FILE first checks that the files there are byte for byte those the plan was made from (the manifests and the contacts files they name), and refuses, naming each file that differs, unless --allow-changed-manifests. Every operation's result is reported; a failure skips only what depends on it. Ctrl-C lets requests in flight finish and prints the summary. Running apply again finishes an interrupted or failed run. Exit 0 when everything was applied, 1 otherwise.

            Example:
              campaignctl apply --emulator --auto-approve examples/
              campaignctl apply --plan plan.json --auto-approve --report apply-report.json manifests/
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

    @Flag(help: "With --plan and paths: apply the saved plan even if the manifests differ from those it was made from.")
    var allowChangedManifests = false

    /// The override means something only where there is a check to override.
    func validate() throws {
        if plan != nil, !output.target.targets.isEmpty {
            throw ValidationError(
                "--target applies when planning; a saved plan holds what it was planned with (plan --target ... --out FILE)"
            )
        }
        if allowChangedManifests, plan == nil || manifests.paths.isEmpty {
            throw ValidationError(
                "--allow-changed-manifests applies to apply --plan FILE PATH..., which checks the manifests at PATH against the plan"
            )
        }
    }

    func run() async throws {
        JSONDocument.promise(output.format == .json)
        let (plan, outcome) =
            if let saved = self.plan { try await applySaved(saved) } else { try await applyManifests() }
        try ApplyOutput(reportPath: report, output: output).finish(plan, outcome)
    }

    /// The manifests planned now and applied; against an API, the org's contacts are read while
    /// they load, as `plan` reads them (`LoadWhileReading`).
    private func applyManifests() async throws -> (Plan, ApplyReport?) {
        let choices = output.choices(environment: manifests.environment.name)
        let loading = LoadWhileReading(
            manifests: manifests, overlapping: connection.emulator == nil, targets: output.target.targets)
        return try await loading.run {
            try connection.provider(for: manifests.environmentDefinition())
        } _: { connection, desired, ahead in
            try await apply(.manifests(desired, choices), on: connection, ahead: ahead)
        }
    }

    /// A saved plan, read (and held to the manifests given beside it) before anything connects.
    private func applySaved(_ path: String) async throws -> (Plan, ApplyReport?) {
        let given = manifests.paths.isEmpty ? nil : try manifests.load().digest
        let input = try ApplyInput.saved(
            path: path, policy: onStale, manifests: given, allowChanged: allowChangedManifests,
            environment: manifests.environment.name)
        let environment = try manifests.environment.definition(paths: input.environmentSearchPaths(manifests.paths))
        return try await connection.provider(for: environment).withConnection { try await apply(input, on: $0) }
    }

    /// show → confirm → execute; no report when there is nothing to apply. A plan whose every
    /// operation is stale runs too (nothing is sent): its report says what was skipped.
    private func apply(_ input: ApplyInput, on connection: OpenConnection, ahead: ContactReadAhead = ContactReadAhead())
        async throws -> (Plan, ApplyReport?)
    {
        let review = try await input.plan(on: connection, ahead: ahead)
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
