import AnyreachAPI
import AnyreachModel
import CampaignManifest
import Foundation
import TestSupport

/// The org the plan benchmark reads: one configuration and `size` active campaigns, written as
/// manifests with CSV contacts, applied by the built `campaignctl` and loaded back the way
/// `campaignctl plan` loads them.
struct PlanBenchmarkOrg {
    let size: OrgSize
    let work: URL

    var manifests: URL { work.appendingPathComponent("manifests") }
    var database: URL { work.appendingPathComponent("org.sqlite") }

    /// Applies the manifests with the built `campaignctl` in a child process, so that seeding
    /// costs this process neither CPU time nor memory.
    func seed() async throws {
        try writeManifests()
        let token = work.appendingPathComponent("token")
        try EmulatorServer.localToken.write(to: token, atomically: true, encoding: .utf8)
        let emulator = try await EmulatorServer.start(database: database)
        defer { emulator.kill() }
        let campaignctl = Campaignctl(directory: work, apiURL: emulator.baseURL)
        let arguments = ["apply", "--auto-approve", "--token-file", token.path, manifests.path]
        let result = try await campaignctl.run(arguments, timeout: .seconds(600))
        try await emulator.stop()
        guard result.status == 0 else { throw TestFailure("seeding failed: \(result)") }
    }

    /// The manifests as `campaignctl plan` would see them.
    func desiredState() throws -> DesiredState {
        let result = ManifestLoader(interpolator: Interpolator(environment: [:])).load(paths: [manifests.path])
        guard let state = result.state else {
            throw TestFailure("the manifests don't load:\n" + result.errors.map(\.description).joined(separator: "\n"))
        }
        return state
    }

    /// Every hundredth contact with other data: 1% of them.
    static func changingOnePercent(_ desired: DesiredState) -> DesiredState {
        var changed = desired
        for campaign in changed.campaigns.indices {
            for index in stride(from: 0, to: changed.campaigns[campaign].contacts.count, by: 100) {
                changed.campaigns[campaign].contacts[index].data = ["plan": "changed", "tier": "t0"]
            }
        }
        return changed
    }

    private func writeManifests() throws {
        try FileManager.default.createDirectory(at: manifests, withIntermediateDirectories: true)
        try write(
            "configurations.yaml",
            "configurations:\n  bench-hours:\n    name: Bench hours\n    agent: {agent_id: agent-bench}\n")
        for number in 1...size.campaigns {
            let key = String(format: "bench-%02d", number)
            try write("\(key).yaml", campaignManifest(key, number: number))
            let rows = (0..<size.contacts).map { contactRow(campaign: number, index: $0) }
            try write("\(key).csv", (["id,phone,timezone,plan,tier"] + rows).joined(separator: "\n") + "\n")
        }
    }

    private func campaignManifest(_ key: String, number: Int) -> String {
        """
        campaigns:
          \(key):
            name: Bench \(number)
            configuration: bench-hours
            contacts_files:
              - path: \(key).csv
                columns: {external_id: id, phone_numbers: [phone], timezone: timezone, data: {plan: plan, tier: tier}}

        """
    }

    /// A contact with a number of its own, one of three time zones and two data keys.
    private func contactRow(campaign: Int, index: Int) -> String {
        let phone = String(format: "+1415%03d%04d", campaign, index)
        let timezone = ["America/Chicago", "America/New_York", "America/Denver"][index % 3]
        let plan = ["basic", "plus", "premium"][index % 3]
        return String(format: "c-%05d", index) + ",\(phone),\(timezone),\(plan),t\(index % 7)"
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(to: manifests.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
