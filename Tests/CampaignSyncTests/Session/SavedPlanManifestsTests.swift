import CampaignManifest
import CampaignSync
import Foundation
import Testing

/// `apply --plan FILE PATH...` applies the reviewed plan only to the manifests it was made from:
/// a byte changed in any file read (a contacts CSV included), a manifest added or gone, is
/// refused with each file named, unless overridden; the same bytes are accepted.
@Suite struct SavedPlanManifestsTests {
    @Test func theManifestsAPlanWasMadeFromAreAccepted() throws {
        let (examples, saved) = try savedPlan()
        defer { examples.remove() }
        #expect(saved.plan.scope.manifestsDigest?.files.count == 8, "\(saved.plan.scope.manifestsDigest as Any)")
        #expect(try saved.checkManifests(load(examples), allowChanged: false).isEmpty)
    }

    @Test func aByteChangedInAContactsCSVIsRefusedNamingTheFile() throws {
        let (examples, saved) = try savedPlan()
        defer { examples.remove() }
        let csv = examples.directory.appendingPathComponent("contacts/spring-renewals.csv")
        var bytes = try Data(contentsOf: csv)
        let index = try #require(bytes.lastIndex(of: UInt8(ascii: "8")))
        bytes[index] = UInt8(ascii: "9")
        try bytes.write(to: csv)

        let refusal = try #require(throws: ManifestsChanged.self) {
            try saved.checkManifests(load(examples), allowChanged: false)
        }
        #expect(refusal.differences == [.init(path: csv.path, change: .changed)])
        #expect(refusal.diagnostics.allSatisfy { $0.kind == .manifestsChanged && $0.severity == .error })
        #expect(refusal.diagnostics.first?.message == "'\(csv.path)' changed since 'plan.json' was made")
        #expect(refusal.diagnostics.last?.hint?.contains("--allow-changed-manifests") == true)
    }

    @Test func filesAddedOrGoneAreNamedAndTheOverrideMakesThemWarnings() throws {
        let (examples, saved) = try savedPlan()
        defer { examples.remove() }
        let directory = examples.directory
        try FileManager.default.removeItem(at: directory.appendingPathComponent("campaigns/winter-survey.yaml"))
        try "configurations:\n  extra: {name: Extra, agent: {agent_id: agent-1}}\n".write(
            to: directory.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)

        let refusal = try #require(throws: ManifestsChanged.self) {
            try saved.checkManifests(load(examples), allowChanged: false)
        }
        #expect(
            refusal.differences == [
                .init(path: directory.path + "/campaigns/winter-survey.yaml", change: .removed),
                .init(path: directory.path + "/extra.yaml", change: .added),
            ])
        let warnings = try saved.checkManifests(load(examples), allowChanged: true)
        #expect(warnings.count == 3 && warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.last?.message.contains("although 2 file(s) of its manifests differ") == true)
    }

    @Test func aPlanThatRecordsNoDigestIsRefusedUnlessOverridden() throws {
        let (examples, saved) = try savedPlan()
        defer { examples.remove() }
        var plan = saved.plan
        plan.scope.manifestsDigest = nil
        let old = try SavedPlan(decoding: SavedPlan.encode(plan), name: "plan.json")
        let refusal = try #require(throws: ManifestsChanged.self) {
            try old.checkManifests(load(examples), allowChanged: false)
        }
        #expect(refusal.differences == nil)
        #expect(refusal.description.contains("records no digest of its manifests"))
        #expect(try old.checkManifests(load(examples), allowChanged: true).count == 1)
    }

    /// A copy of `examples/` (three leads) planned against an empty org, saved and read back.
    private func savedPlan() throws -> (Examples, SavedPlan) {
        let examples = try Examples(leads: 3)
        do {
            let plan = try Fixtures.plan(try examples.desired(), Live.snapshot())
            return (examples, try SavedPlan(decoding: SavedPlan.encode(plan), name: "plan.json"))
        } catch {
            examples.remove()
            throw error
        }
    }

    /// The digest of the manifests as they are now.
    private func load(_ examples: Examples) -> ManifestDigest {
        ManifestLoader(interpolator: Interpolator(environment: [:])).load(paths: [examples.directory.path]).digest
    }
}
