import AnyreachClient
import ArgumentParser
import CampaignManifest
import CampaignSync
import Foundation

/// load → validate → fetch live → diff → plan, shared by plan, apply and drift.
struct PlanPipeline {
    let manifests: ManifestOptions
    let connection: ConnectionOptions
    let allowMassDelete: Bool

    func run() async throws -> Plan {
        let desired = try loadManifests()
        let open = try await connection.connect()
        do {
            let plan = try await plan(desired, with: open)
            await open.close()
            return plan
        } catch {
            await open.close()
            throw error
        }
    }

    /// The desired state, or exit 1 after printing every diagnostic: nothing is planned from a
    /// partial picture.
    func loadManifests() throws -> DesiredState {
        let result = manifests.load()
        for diagnostic in result.diagnostics {
            let label = diagnostic.severity == .error ? Terminal.standardError.paint("error:", "1;31") : Terminal.standardError.paint("warning:", "1;33")
            printError("\(diagnostic.location): \(label) \(diagnostic.message)")
        }
        guard let state = result.state else {
            printError("error: the manifests have \(result.errors.count) error(s); nothing was planned")
            throw ExitCode(1)
        }
        return state
    }

    func plan(_ desired: DesiredState, with open: Connection) async throws -> Plan {
        let live = try await open.client.readOrg(contactsOf: Set(desired.campaigns.map(\.externalID) + desired.campaigns.compactMap(\.adoptID)), includeAdHoc: desired.adHocContacts != nil)
        let options = PlanOptions(allowMassDelete: allowMassDelete, apiURL: open.displayURL, org: open.settings.org)
        do {
            return try Planner(desired: desired, live: live, options: options).plan()
        } catch {
            printError(error.description)
            printError("error: no plan was made")
            throw ExitCode(1)
        }
    }
}

/// Saved plans: the full plan as JSON (unmasked: apply needs the numbers), never a credential.
enum PlanFile {
    static func write(_ plan: Plan, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try PrivateFile.write(encoder.encode(plan), to: path)
    }

    static func read(from path: String) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
