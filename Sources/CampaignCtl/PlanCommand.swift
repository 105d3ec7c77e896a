import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl plan`: the exact, ordered difference between the manifests and the org.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Compare the manifests with the live org and show the calls that would make them match.",
        discussion: """
            Reads the manifests (stopping if any fails to load), reads the org, and prints the plan. Against an API, the first contact pages of the campaigns the manifests name are read while they load (reads only; nothing is planned from manifests that fail). Phone numbers and contact data are masked unless --show-sensitive. Exit codes: 0 success, 1 error; with --detailed-exitcode, 2 when there are changes.

            Example:
              campaignctl plan --emulator examples/
              campaignctl plan --format markdown --out plan.json --detailed-exitcode manifests/
            """)

    @OptionGroup var manifests: ManifestOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: PlanOutputOptions

    @Flag(help: "Exit 2 when the plan has changes (0 when none, 1 on error).")
    var detailedExitcode = false

    func run() async throws {
        JSONDocument.promise(output.format == .json)
        let loading = LoadWhileReading(
            manifests: manifests, overlapping: connection.emulator == nil, targets: output.target.targets)
        let plan = try await loading.run {
            try connection.provider(for: manifests.environmentDefinition())
        } _: { connection, desired, ahead in
            try await connection.planOrExit(
                desired, output.choices(environment: manifests.environment.name), ahead: ahead)
        }
        try output.emit(plan)
        if detailedExitcode, plan.hasChanges { throw ExitCode(2) }
    }
}

/// How a plan is shown and saved.
struct PlanOutputOptions: ParsableArguments {
    @Option(help: "text, json or markdown.")
    var format: PlanFormat = .text

    @Option(
        help: ArgumentHelp("Save the plan (with live fingerprints, for apply --plan) to this file.", valueName: "file"))
    var out: String?

    @Flag(help: "Show phone numbers and contact data instead of masking them.")
    var showSensitive = false

    @Flag(help: "Allow a plan that deletes or closes more than the manifests' mass-delete guard.")
    var allowMassDelete = false

    @Flag(help: "Allow a new campaign to hold many of the numbers an active campaign outside the manifests dials.")
    var allowContactOverlap = false

    @OptionGroup var target: TargetOptions

    /// The guards' flags and the targets, for the environment `--env` chose.
    func choices(environment: String?) -> PlanChoices {
        var choices = PlanChoices(
            allowMassDelete: allowMassDelete, allowContactOverlap: allowContactOverlap, targets: target.targets)
        choices.environment = environment
        return choices
    }

    var masking: Masking { Masking(showSensitive: showSensitive) }

    func emit(_ plan: Plan) throws {
        Self.show(plan, format: format, masking: masking)
        try save(plan)
    }

    /// The plan on stdout as `format` renders it: what `plan`, `apply` and `show` print.
    static func show(_ plan: Plan, format: PlanFormat, masking: Masking) {
        switch format {
        case .text:
            print(
                PlanTextRenderer(masking: masking, color: Terminal.standardOutput.isColorful).render(plan),
                terminator: "")
        case .json: JSONDocument.write(PlanJSONRenderer(masking: masking).render(plan))
        case .markdown: print(PlanMarkdownRenderer(masking: masking).render(plan), terminator: "")
        }
    }

    /// `--out`: the unmasked plan for `apply --plan`.
    func save(_ plan: Plan) throws {
        if let out { try PlanFile.write(plan, to: out) }
    }
}

enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
