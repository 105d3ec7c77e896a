import AnyreachAPI
import AnyreachClient
import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// The package's `examples/`, copied to a temporary directory (optionally with the CSV cut short
/// so goldens stay readable), planned against an empty org or against one where the examples
/// were applied and then changed on both sides.
struct Examples {
    enum Scenario: String, CaseIterable, Sendable {
        /// Nothing exists yet.
        case empty
        /// Applied, then: a campaign renamed and a window changed in the manifests, a lead added,
        /// one removed, one with a new number, one removed while mid-call, and the campaign
        /// paused live though the manifest wants it active.
        case changed
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// What of `examples/` is manifests (it may hold other material, such as a CI workflow).
    static let manifestParts = ["configurations", "campaigns", "contacts", "environments", "org.yaml"]

    /// The directory holding the copy, named `examples`.
    let directory: URL

    /// A copy of `examples/` whose CSV keeps its first `leads` rows (all when nil).
    init(leads: Int? = nil) throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("campaignsync-\(UUID().uuidString)")
        directory = parent.appendingPathComponent("examples")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for part in Self.manifestParts {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent("examples/\(part)"),
                to: directory.appendingPathComponent(part))
        }
        if let leads { try editCSV { Array($0.prefix(leads + 1)) } }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory.deletingLastPathComponent())
    }

    /// Rendered text with the temporary location replaced by the package-relative one.
    func relative(_ text: String) -> String {
        text.replacingOccurrences(of: directory.deletingLastPathComponent().path + "/", with: "")
    }

    func desired() throws -> DesiredState {
        let result = ManifestLoader(interpolator: Interpolator(environment: [:])).load(paths: [directory.path])
        guard let state = result.state else {
            Issue.record("examples did not load:\n\(result.errors.map(\.description).joined(separator: "\n"))")
            throw FixtureError()
        }
        return state
    }

    /// The plan of `scenario`.
    func plan(_ scenario: Scenario) throws -> Plan {
        switch scenario {
        case .empty:
            return try Fixtures.plan(try desired(), Live.snapshot())
        case .changed:
            let original = try desired()
            var org = try Fixtures.applied(try Fixtures.plan(original, Live.snapshot()), to: ContractModel())
            try changeManifests()
            let changed = try desired()
            changeOrg(&org)
            return try Fixtures.plan(changed, Fixtures.live(org, for: changed))
        }
    }

    /// The manifest side of `changed`: a rename, a later end of the weekday window, a new lead,
    /// a lead removed, a lead removed that is mid-call live, and a lead with a new mobile number.
    private func changeManifests() throws {
        try edit("campaigns/spring-renewals.yaml") {
            $0.replacingOccurrences(of: "name: Spring renewals 2027", with: "name: Spring renewals 2027 (extended)")
        }
        try edit("configurations/business-hours.yaml") {
            $0.replacingOccurrences(of: "end: \"17:00\"", with: "end: \"18:00\"")
        }
        try editCSV { rows in
            var rows = rows.filter { !$0.hasPrefix("lead-00005,") && !$0.hasPrefix("lead-00007,") }
            rows = rows.map {
                $0.hasPrefix("lead-00002,") ? $0.replacingOccurrences(of: "4152103353", with: "4152109999") : $0
            }
            return rows + ["lead-09999,Zoe,(415) 555-0199,,America/Los_Angeles,plus,120.00,true"]
        }
    }

    /// The live side of `changed`: the campaign paused by hand, and lead-00007 on a call.
    private func changeOrg(_ org: inout ContractModel) {
        org.campaigns[org.at("spring-renewals")].status = .paused
        let (campaign, contact) = org.at("lead-00007", in: "spring-renewals")
        org.campaigns[campaign].contacts[contact].status = .inProgress
    }

    private func edit(_ file: String, _ change: (String) -> String) throws {
        let url = directory.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    /// Edits the CSV's records (header first). The file ends lines with CRLF, and its one quoted
    /// field spanning lines holds a bare LF, so splitting at CRLF keeps every record whole.
    private func editCSV(_ change: ([String]) -> [String]) throws {
        try edit("contacts/spring-renewals.csv") { text in
            change(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }).joined(separator: "\r\n") + "\r\n"
        }
    }
}
