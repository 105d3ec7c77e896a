import AnyreachModel
import CampaignSync
import Testing

@testable import CampaignManifest

/// The same number in two active campaigns of the manifests is a warning per pair, naming both
/// and the count, at the second; worked out beside the read of the org or by the planner itself,
/// the warnings are the same.
@Suite struct ManifestOverlapTests {
    static let manifest = """
        configurations:
          hours: {name: Business hours, agent: {agent_id: agent-1}}
        campaigns:
          first:
            name: First
            configuration: hours
            contacts:
              - {external_id: a1, phone_numbers: ["+14155550101", "+14155550102"]}
              - {external_id: a2, phone_numbers: ["+14155550103"]}
          second:
            name: Second
            configuration: hours
            contacts:
              - {external_id: b1, phone_numbers: ["+14155550101"]}
              - {external_id: b2, phone_numbers: ["+14155550103", "+14155550199"]}
          third:
            name: Third
            configuration: hours
            contacts:
              - {external_id: c1, phone_numbers: ["+14155550102"]}
              - {external_id: c2, phone_numbers: ["+14155550199"]}
          paused:
            name: Paused
            configuration: hours
            status: paused
            contacts:
              - {external_id: d1, phone_numbers: ["+14155550101"]}
        """

    static func overlapWarnings(_ plan: Plan) -> [String] {
        plan.warnings.filter { $0.kind == .contactOverlap }.map { "\($0.location?.line ?? 0): \($0.message)" }
    }

    @Test func eachPairOfActiveCampaignsIsWarnedOnceWithItsCount() throws {
        let desired = try Fixtures.desired(Self.manifest)
        let plan = try Fixtures.plan(desired, Fixtures.live(ContractModel(), for: desired))
        // A number counts for the first campaign that holds it: +14155550199 is second's, so
        // third shares one with first and one with second; the paused campaign dials nobody.
        #expect(
            Self.overlapWarnings(plan) == [
                "10: active campaigns 'first' and 'second' both hold 2 of the same number(s): those people would be called by both",
                "16: active campaigns 'first' and 'third' both hold 1 of the same number(s): those people would be called by both",
                "16: active campaigns 'second' and 'third' both hold 1 of the same number(s): those people would be called by both",
            ])
    }

    @Test func overlapsWorkedOutAheadGiveTheSameWarnings() throws {
        let desired = try Fixtures.desired(Self.manifest)
        let live = Fixtures.live(ContractModel(), for: desired)
        var options = PlanOptions(apiURL: Fixtures.apiURL)
        options.manifestOverlaps = ManifestNumberOverlaps(desired)
        let ahead = try Planner(desired: desired, live: live, options: options).plan()
        #expect(Self.overlapWarnings(ahead) == Self.overlapWarnings(try Fixtures.plan(desired, live)))
        #expect(Self.overlapWarnings(ahead).count == 3)
    }
}
