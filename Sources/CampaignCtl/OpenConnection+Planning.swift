import AnyreachClient
import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync

extension OpenConnection {
    /// The library's plan, or exit 1 after printing each reason none could be made safely.
    func planOrExit(_ desired: DesiredState, _ choices: PlanChoices, ahead: ContactReadAhead = ContactReadAhead())
        async throws -> Plan
    {
        do {
            return try await plan(desired, options: choices, ahead: ahead)
        } catch let failure as PlanFailure {
            Console.report(failure.diagnostics)
            throw ExitCode(1)
        }
    }
}
