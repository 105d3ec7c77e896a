import AnyreachModel
import Foundation
import TestSupport
import Testing

@testable import CampaignManifest

/// docs/manifest.schema.json against the definitions it is generated from.
@Suite struct ManifestSchemaTests {
    /// `RECORD_GOLDEN=1` rewrites the committed schema (as scripts/generate-manifest-schema.sh does).
    @Test func committedSchemaIsTheGeneratedOne() throws {
        let docs = Golden(directory: BuiltProducts.packageRoot.appendingPathComponent("docs"))
        try docs.check(ManifestSchema.text, name: "manifest.schema.json")
    }

    @Test func schemaIsJSON() throws {
        let parsed = try JSONValue.parse(Array(ManifestSchema.text.utf8))
        #expect(parsed.objectValue?["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    }

    /// The mappings the model also spells keep every coding key of the model, as the decoders
    /// did when they took their keys from it.
    @Test(arguments: [
        (ManifestKeys.configuration.allowed, ConfigurationState.CodingKeys.allCases.map(\.stringValue)),
        (ManifestKeys.schedule.allowed, Schedule.CodingKeys.allCases.map(\.stringValue)),
        (ManifestKeys.timeWindow.allowed, TimeWindow.CodingKeys.allCases.map(\.stringValue)),
        (ManifestKeys.scheduleOverride.allowed, ScheduleOverride.CodingKeys.allCases.map(\.stringValue)),
        (ManifestKeys.dialingPolicy.allowed, DialingPolicy.CodingKeys.allCases.map(\.stringValue)),
        (ManifestKeys.agent.allowed, Agent.CodingKeys.allCases.map(\.stringValue)),
    ])
    func mappingKeepsTheModelsKeys(allowed: [String], modelKeys: [String]) {
        #expect(Set(modelKeys).subtracting(allowed).isEmpty)
    }
}
