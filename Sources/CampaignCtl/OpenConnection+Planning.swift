import AnyreachModel
import ArgumentParser
import CampaignManifest
import CampaignSync

extension OpenConnection {
    /// The library's plan, or exit 1 after printing each reason none could be made safely.
    func planOrExit(_ desired: DesiredState, _ choices: PlanChoices) async throws -> Plan {
        do {
            return try await plan(desired, options: choices)
        } catch let failure as PlanFailure {
            Console.report(failure.diagnostics)
            throw ExitCode(1)
        }
    }
}
