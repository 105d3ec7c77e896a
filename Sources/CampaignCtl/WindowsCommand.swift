import ArgumentParser
import CampaignManifest
import CampaignSync

/// `campaignctl windows`: when each configuration's calls may start, drawn from the manifests
/// as week grids per time zone, so that a person sees the hours instead of computing them.
struct WindowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "windows",
        abstract: "Draw each configuration's calling windows: a week of local hours per group of time zones.",
        discussion: """
            Offline: reads only the manifests. For each configuration, one grid per group of time zones that get the same windows (the default windows' zone and every zone without an override, then the overrides' zones): a row per day, a column per half hour of local time, # where calls may start, ! where they may start outside the calling-hours band (policy.calling_hours, else 08:00-21:00), . where none may. A schedule with scheduled_windows or scheduled_overrides gets a second set of grids, for a scheduled contact's first call. A window crossing midnight shows its early hours on the next day's row.

            Diagnostics go to stderr as validate prints them. Exit 0, or 1 when the manifests have an error (nothing is drawn).

            Example:
              campaignctl windows examples/
              campaignctl windows --format markdown manifests/ > windows.md
            """)

    @OptionGroup var manifests: ManifestOptions

    @Option(help: "text (for a terminal) or markdown (a fenced block per configuration, for a pull request).")
    var format: WindowsFormat = .text

    func run() throws {
        let result = try manifests.load()
        Console.report(result.diagnostics)
        guard let state = result.state else {
            Console.status("no windows drawn: the manifests have \(result.errors.count) error(s)")
            throw ExitCode(1)
        }
        let report = WindowsReport(state)
        print(format == .markdown ? report.markdown : report.text, terminator: "")
    }
}

/// `windows --format`.
enum WindowsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
}
