import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// `campaignctl`: Anyreach campaigns, configurations and contacts as YAML in git.
@main
struct CampaignCtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaignctl",
        abstract: "Manage Anyreach outbound-calling campaigns as code.",
        discussion: """
            Campaigns, their configurations, their contacts and the org's concurrency limit live as \
            YAML in a repository. campaignctl checks them offline (validate), writes them in one \
            layout (fmt), draws when their calls may start (windows), compares them with the live \
            org (plan, drift, status), makes the org match them (apply, reconcile), and writes an \
            existing org as manifests (export).
            """,
        version: Versions.line("campaignctl"),
        subcommands: [
            ValidateCommand.self, FmtCommand.self, WindowsCommand.self, PlanCommand.self, ApplyCommand.self,
            DriftCommand.self,
            StatusCommand.self, ExportCommand.self, ImportCommand.self, ReconcileCommand.self, ShowCommand.self,
        ])

    /// Parses and runs like ArgumentParser's own `main`, except that an error a command ends
    /// with is printed as diagnostics (with its hint), the same way as every other problem, and
    /// that it parses without awaiting first: a synchronous command (validate) then runs right
    /// here on the main thread. ArgumentParser's own `main` awaits its parse, and on Linux the
    /// rest of the run continues on a dispatch worker thread, whose malloc arena grows a page or
    /// two at a time by `mprotect`: 80,000 system calls, 3% of validating 100,000 contacts.
    static func main() async {
        MallocTuning.apply(environment: ProcessInfo.processInfo.environment)
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch let error where Self.belongsToArgumentParser(error) {
            if let code = error as? ExitCode, !code.isSuccess { JSONDocument.writeFailureIfPromised() }
            exit(withError: error)
        } catch {
            Console.report(Diagnostic.describing(error), limitPerKind: 50)
            JSONDocument.writeFailureIfPromised()
            exit(withError: ExitCode(1))
        }
    }

    /// Exit codes, help and usage errors, which ArgumentParser prints and codes itself (`--help`
    /// on a subcommand arrives as an error that its help command throws).
    private static func belongsToArgumentParser(_ error: any Error) -> Bool {
        error is ExitCode || error is CleanExit || error is ValidationError
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
