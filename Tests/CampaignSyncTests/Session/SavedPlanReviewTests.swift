import AnyreachClient
import AnyreachEmulator
import AnyreachModel
import CampaignSync
import Testing

/// A saved plan is applied only where it was made and only as reviewed: another API or org is
/// refused, and objects that changed live since are refused or, under `.skip`, left out.
@Suite struct SavedPlanReviewTests {
    @Test func aPlanMadeAgainstAnotherAPIOrOrgIsRefusedBeforeAnyRead() async throws {
        try await SessionRig.withEmulator { first in
            try await SessionRig.withEmulator { second in
                let saved = try await savedPlan(Manifests.loop, on: EmulatorConnections(first))
                for other in [EmulatorConnections(second), EmulatorConnections(first, org: "org-2")] {
                    let error = try await #require(throws: SavedPlanError.self) {
                        try await other.withConnection { try await saved.review(on: $0, policy: .skip) }
                    }
                    #expect(error.kind == .otherTarget)
                    #expect(error.description.contains("'plan.json' was planned against \(first.baseURL), not"))
                }
                #expect(second.metrics.counts().isEmpty, "refused before reading the other org")
                let review = try await EmulatorConnections(second, isEphemeral: true).withConnection {
                    try await saved.review(on: $0, policy: .refuse)
                }
                #expect(review.findings.isEmpty, "a server started for the run isn't held to its URL")
            }
        }
    }

    @Test func objectsChangedLiveAreRefusedOrSkipped() async throws {
        try await SessionRig.withEmulator { emulator in
            let connections = EmulatorConnections(emulator)
            let desired = try SessionRig.desired(Manifests.loop)
            try await connections.withConnection { try await SessionRig.apply(desired, on: $0) }
            let saved = try await savedPlan(Manifests.loopChanged, on: connections)
            #expect(saved.plan.operations.count == 2, "the rename and contact b: \(saved.plan.operations.map(\.id))")

            let unchanged = try await connections.withConnection { try await saved.review(on: $0, policy: .refuse) }
            #expect(unchanged.findings.isEmpty && unchanged.plan.operations.count == 2)

            try await connections.withConnection { connection in
                _ = try await connection.client.updateCampaign(
                    "loop",
                    patch: {
                        var patch = CampaignPatch()
                        patch.name = .value("Renamed live")
                        return patch
                    }())
            }
            let refused = try await #require(throws: SavedPlanError.self) {
                try await connections.withConnection { try await saved.review(on: $0, policy: .refuse) }
            }
            #expect(refused.kind == .stale && refused.findings.map(\.object) == ["campaign \"loop\""])
            #expect(refused.description.contains("--on-stale=skip"))

            let skipped = try await connections.withConnection { try await saved.review(on: $0, policy: .skip) }
            #expect(skipped.findings.count == 1 && skipped.skipped.operations.count == 1)
            #expect(connections.opened == connections.closed)
        }
    }

    /// The plan of `manifest` against the org, saved and read back as `plan.json`.
    private func savedPlan(_ manifest: String, on connections: EmulatorConnections) async throws -> SavedPlan {
        let plan = try await connections.withConnection { try await $0.plan(try SessionRig.desired(manifest)) }
        return try SavedPlan(decoding: try SavedPlan.encode(plan), name: "plan.json")
    }
}
