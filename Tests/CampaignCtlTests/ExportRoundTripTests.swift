import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

/// `export` as a team adopts an org with it: the export describes the org completely (drift
/// over it is empty: nothing changed, missing, or only live), planning with it proposes nothing
/// but the external_ids the org lacks, exporting an unchanged org again gives the same bytes, and
/// the export is already in `fmt`'s layout.
@Suite struct ExportRoundTripTests {
    /// The export options a team may pick; each must round-trip.
    static let variants: [[String]] = [[], ["--contacts", "yaml"], ["--with-defaults"]]

    @Test(arguments: Locations.exampleRepositories())
    func anAppliedExampleExportsToManifestsThatPlanNothing(example: String) async throws {
        try await Scenario.with("export-example", example: example) { scenario in
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(apply.status == 0, "\(apply)")
            for (number, options) in Self.variants.enumerated() {
                try await expectExportRoundTrips(scenario, into: "export-\(number)", options: options)
            }
        }
    }

    @Test(arguments: Array(UInt64(1)...24))
    func aGeneratedOrgIsAdoptedByItsExport(seed: UInt64) async throws {
        try await Scenario.with("export-generated") { scenario in
            var seeder = OrgSeeder(baseURL: scenario.emulator.baseURL, seed: seed)
            let seeded = try await seeder.seed()

            let export = try await scenario.campaignctl.run(["export", "--out", "adopted"])
            try #require(export.status == 0, "\(export)")
            try await expectOnlyAdoptions(scenario, in: "adopted", count: seeded.adoptable, seeded)
            let drift = try await scenario.campaignctl.run(["drift", "adopted/"])
            #expect(
                drift.status == (seeded.adoptable > 0 ? 2 : 0),
                "before the adoption, drift shows only the external_ids (\(seeded)): \(drift)")

            // Through a saved plan, as CI does it: the stale check must find the contacts of
            // campaigns that have no external_id yet.
            let saved = try await scenario.campaignctl.run(["plan", "--out", "adopt.plan", "adopted/"])
            try #require(saved.status == 0, "\(saved)")
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "--plan", "adopt.plan"])
            try #require(apply.status == 0, "\(apply)")
            #expect(!apply.stderr.contains("stale"), "nothing changed since the plan: \(apply)")
            let plan = try await scenario.planIsEmpty(["adopted/"])
            #expect(plan.status == 0, "the adoption is complete after one apply: \(plan)")
            for (number, options) in Self.variants.enumerated() {
                try await expectExportRoundTrips(scenario, into: "export-\(number)", options: options)
            }
        }
    }

    @Test func noContactsLeavesContactsUnmanaged() async throws {
        try await Scenario.with("export-no-contacts", example: Locations.exampleRepositories()[0]) { scenario in
            let apply = try await scenario.campaignctl.run(["apply", "--auto-approve", "examples/"])
            try #require(apply.status == 0, "\(apply)")
            let export = try await scenario.campaignctl.run(["export", "--out", "bare", "--no-contacts"])
            try #require(export.status == 0, "\(export)")
            let files = try Self.tree(scenario.workspace.url("bare"))
            #expect(!files.keys.contains { $0.hasPrefix("contacts/") }, "no contacts file: \(files.keys.sorted())")
            #expect(
                !files.values.contains { $0.contains("contacts_files") || $0.contains("adhoc_contacts") },
                "no manifest names contacts")
            let plan = try await scenario.planIsEmpty(["bare/"])
            #expect(plan.status == 0, "contacts nobody manages are left alone: \(plan)")
        }
    }

    // MARK: - Checks

    /// Export, then: drift over the export is empty, the plan is empty, and a second export is
    /// byte-identical to the first.
    private func expectExportRoundTrips(_ scenario: Scenario, into directory: String, options: [String]) async throws {
        let first = try await scenario.campaignctl.run(["export", "--out", directory] + options)
        try #require(first.status == 0, "\(first)")
        let drift = try await scenario.campaignctl.run(["drift", "\(directory)/"])
        #expect(
            drift.status == 0 && drift.stdout.contains("In sync"), "export \(options) misses part of the org: \(drift)")
        let fmt = try await Campaignctl(directory: scenario.workspace.root).run([
            "fmt", "--check", "--diff", "\(directory)/",
        ])
        #expect(fmt.status == 0 && fmt.stdout.isEmpty, "export \(options) writes what fmt would rewrite: \(fmt)")
        let plan = try await scenario.planIsEmpty(["\(directory)/"])
        #expect(plan.status == 0, "export \(options) plans changes: \(plan)")

        let again = try await scenario.campaignctl.run(["export", "--out", "\(directory)-again"] + options)
        try #require(again.status == 0, "\(again)")
        let firstTree = try Self.tree(scenario.workspace.url(directory))
        let secondTree = try Self.tree(scenario.workspace.url("\(directory)-again"))
        #expect(!firstTree.isEmpty)
        #expect(
            firstTree.keys.sorted() == secondTree.keys.sorted(), "export \(options) wrote other files the second time")
        for (path, contents) in firstTree where secondTree[path] != contents {
            Issue.record("export \(options): \(path) differs between two exports of the same org")
        }
    }

    /// The plan over a fresh export of an org with keyless resources: a patch giving each its
    /// suggested external_id (campaigns and configurations), an upsert renaming each keyless
    /// contact, and nothing else.
    private func expectOnlyAdoptions(
        _ scenario: Scenario, in directory: String, count: Int, _ seeded: OrgSeeder.Summary
    ) async throws {
        let plan = try await scenario.campaignctl.run([
            "plan", "--format", "json", "--detailed-exitcode", "\(directory)/",
        ])
        #expect(plan.status == (count > 0 ? 2 : 0), "\(seeded): \(plan)")
        let json = try JSONValue.parse(Array(plan.stdout.utf8))
        var adoptions = 0
        for operation in json["operations"]?.arrayValue ?? [] {
            let action = operation["action"]?.stringValue ?? "?"
            let label = "\(action) \(operation["key"]?.stringValue ?? "?")"
            switch action {
            case "patch":
                let fields = (operation["changes"]?.arrayValue ?? []).compactMap { $0["field"]?.stringValue }
                #expect(fields == ["external_id"], "\(label) changes more than the external_id: \(fields)")
                adoptions += 1
            case "upsert_contacts":
                for contact in operation["contacts"]?.arrayValue ?? [] {
                    let fields = (contact["fields"]?.arrayValue ?? []).compactMap(\.stringValue)
                    #expect(
                        contact["kind"]?.stringValue == "update" && fields == ["external_id"], "\(label): \(contact)")
                    adoptions += 1
                }
            default:
                Issue.record("an export planned \(label), not an adoption")
            }
        }
        #expect(adoptions == count, "\(adoptions) adoptions planned; the org has \(seeded)")
    }

    /// Every file under a directory, by relative path.
    static func tree(_ root: URL) throws -> [String: String] {
        let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
        var files: [String: String] = [:]
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[path] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }
}
