import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import TestSupport
import Testing

/// With every prune on, the accidents a repository meets (a file emptied by a bad merge or cut
/// down to its comments, a subset of paths passed, a key renamed with previous_external_ids)
/// either stop the plan with a located message or close no campaign and delete no contact.
@Suite struct PruneAccidentPropertyTests {
    enum Accident: CaseIterable {
        case emptied, commentsOnly, subsetOfPaths, renamed
    }

    @Test(arguments: 0..<40)
    func anAccidentNeverClosesACampaignOrDeletesAContact(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &* 7919 &+ 17)
        let repository = try GeneratedRepository(&random)
        defer { repository.remove() }
        let org = try Fixtures.applied(try Fixtures.plan(repository.load().state!, .empty), to: ContractModel())
        let accident = random.pick(Accident.allCases)
        let paths = try repository.cause(accident, &random)
        let loaded = repository.loader.load(paths: paths)
        let context = "seed \(seed), \(accident), paths \(paths)"
        guard let desired = loaded.state else {
            #expect(!loaded.errors.isEmpty, "no state and no error: \(context)")
            #expect(loaded.errors.allSatisfy { $0.location != nil }, "unlocated: \(loaded.errors) \(context)")
            return
        }
        let live = org.snapshot(contactsOf: Set(org.campaigns.compactMap(\.externalID)), includeAdHoc: false)
        do {
            let plan = try Fixtures.plan(desired, live)
            let closes = plan.operations.filter { $0.action == .close }.map(\.key)
            let deletes = plan.operations.filter { $0.action == .deleteContacts }.flatMap(\.contacts)
            #expect(closes.isEmpty, "closed \(closes): \(context)")
            #expect(deletes.isEmpty, "deleted \(deletes.count) contact(s): \(context)")
            if accident == .renamed {
                #expect(plan.operations.allSatisfy { $0.action != .create }, "a rename created: \(plan.ids) \(context)")
            }
        } catch {
            #expect(!error.problems.isEmpty && error.problems.allSatisfy { $0.location != nil }, "\(error) \(context)")
        }
    }
}

/// A repository on disk: configurations, one file per campaign (each with pending contacts or
/// none), and an org.yaml with every prune on.
struct GeneratedRepository {
    let root: URL
    let campaigns: [String]
    let loader = ManifestLoader(interpolator: Interpolator(environment: [:]))

    init(_ random: inout SeededRandom) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("prune-\(UUID().uuidString)")
        self.root = root
        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("campaigns"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("configurations"), withIntermediateDirectories: true)
        let configurations = (0..<random.int(in: 1...3)).map { "config-\($0)" }
        for key in configurations {
            try write(
                "configurations/\(key).yaml",
                "configurations:\n  \(key):\n    name: \(key)\n    agent: {agent_id: agent-1}\n")
        }
        let campaigns = (0..<random.int(in: 2...6)).map { "campaign-\($0)" }
        self.campaigns = campaigns
        var number = 0
        for key in campaigns {
            // A quarter of them empty: closing an empty campaign passes every count of the guard.
            let contacts = (0..<(random.chance(0.25) ? 0 : random.int(in: 1...30))).map { index -> String in
                number += 1
                return
                    "      - {external_id: \(key)-\(index), phone_numbers: [\"\(String(format: "+1415%07d", number))\"]}"
            }
            let status = random.pick(["active", "paused"])
            try write(
                "campaigns/\(key).yaml",
                "# \(key)\ncampaigns:\n  \(key):\n    name: \(key)\n    configuration: \(random.pick(configurations))\n    status: \(status)\n"
                    + (contacts.isEmpty ? "" : "    contacts:\n" + contacts.joined(separator: "\n") + "\n"))
        }
        try write("org.yaml", "policy:\n  prune: {configurations: true, campaigns: true, contacts: true}\n")
    }

    func load() -> ManifestLoadResult { loader.load(paths: [root.path]) }

    /// Does the accident to the files and returns the paths a user would then pass.
    func cause(_ accident: PruneAccidentPropertyTests.Accident, _ random: inout SeededRandom) throws -> [String] {
        let victim = random.pick(campaigns)
        switch accident {
        case .emptied:
            try write("campaigns/\(victim).yaml", "")
        case .commentsOnly:
            try write("campaigns/\(victim).yaml", "# \(victim)\n# (emptied by a merge)\n")
        case .subsetOfPaths:
            let some = random.subset(campaigns).filter { $0 != victim }
            return [root.appendingPathComponent("org.yaml").path, root.appendingPathComponent("configurations").path]
                + some.map { root.appendingPathComponent("campaigns/\($0).yaml").path }
        case .renamed:
            let text = try String(contentsOf: file("campaigns/\(victim).yaml"), encoding: .utf8)
            try write(
                "campaigns/\(victim).yaml",
                text.replacingOccurrences(
                    of: "  \(victim):\n", with: "  \(victim)-renamed:\n    previous_external_ids: [\(victim)]\n"))
        }
        return [root.path]
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    private func file(_ path: String) -> URL { root.appendingPathComponent(path) }

    private func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: file(path))
    }
}

extension OrgSnapshot {
    static var empty: OrgSnapshot { ContractModel().snapshot(contactsOf: [], includeAdHoc: false) }
}
