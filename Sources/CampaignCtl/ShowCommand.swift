import ArgumentParser
import CampaignSync

/// `campaignctl show PLAN.json`: a saved plan rendered exactly as `plan` rendered it, so the
/// apply job can print what it is about to do. Reads nothing but the file.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Render a plan saved by `plan --out` as `plan` showed it.",
        discussion: """
            Offline: reads only the file. Phone numbers and contact data are masked unless --show-sensitive. Exit 0, or 1 when the file is not a plan this campaignctl reads.

            Example:
              campaignctl show plan.json
              campaignctl show --format markdown plan.json
            """)

    @Argument(help: ArgumentHelp("A plan saved by `plan --out`.", valueName: "file"))
    var file: String

    @Option(help: "text, json or markdown.")
    var format: PlanFormat = .text

    @Flag(help: "Show phone numbers and contact data instead of masking them.")
    var showSensitive = false

    func run() throws {
        JSONDocument.promise(format == .json)
        let saved = try SavedPlan(decoding: PlanFile.read(file), name: file)
        PlanOutputOptions.show(saved.plan, format: format, masking: Masking(showSensitive: showSensitive))
    }
}
