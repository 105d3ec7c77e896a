import AnyreachModel
import ArgumentParser

/// `campaignctl`: Anyreach campaigns, configurations and contacts as YAML in git.
@main
struct CampaignCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaignctl",
        abstract: "Manage Anyreach outbound-calling campaigns as code.",
        discussion: """
            Campaigns, their configurations, their contacts and the org's concurrency limit live as
            YAML in a repository. campaignctl checks them offline (validate) and compares them
            with the live org.
            """,
        subcommands: [
            ValidateCommand.self, PlanCommand.self, ApplyCommand.self, DriftCommand.self, StatusCommand.self,
            ExportCommand.self, ReconcileCommand.self,
        ])

    /// ArgumentParser's `main()`, parsing without awaiting first: a synchronous command
    /// (validate) then runs right here on the main thread. The library's own awaits its parse,
    /// and on Linux the rest of the run continues on a dispatch worker thread, whose malloc
    /// arena grows a page or two at a time by `mprotect`: 80,000 system calls, 3% of validating
    /// 100,000 contacts. The parse is the same one (this tool has no asynchronous completions).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
