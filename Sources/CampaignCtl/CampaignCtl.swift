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
}
