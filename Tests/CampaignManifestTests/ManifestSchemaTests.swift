import AnyreachModel
import Foundation
import TestSupport
import Testing
import Yams

@testable import CampaignManifest

/// docs/manifest.schema.json against the definitions it is generated from; whether the schema
/// and the loader agree on real files is `scripts/check-manifest-schema.sh`'s question (it needs
/// `check-jsonschema`, a Python tool, so it runs in `.ci/run`, not here).
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

    @Test func completeFixtureLoadsWithoutDiagnostics() {
        let result = Fixtures.load("schema")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    /// Every probe's path leads to a value of the complete fixture, so every key is there to be
    /// probed and the check script never probes a key that isn't written.
    @Test func everyProbeFindsItsValueInTheCompleteFixture() throws {
        let files: [SchemaProbe.File: Node] = [
            .manifest: try compose("schema/manifest.yaml"), .contactsFile: try compose("schema/contacts.yaml"),
        ]
        let probes = SchemaProbes.all
        #expect(probes.count > 200)
        for probe in probes {
            let root = try #require(files[probe.file])
            #expect(Self.resolves(probe.path[...], in: root), "\(probe.file) \(probe.path.joined(separator: "."))")
        }
    }

    @Test func everyMappingIsReachedAndEveryKeyProbed() {
        let probed = Set(SchemaProbes.all.filter { $0.reason == "wrong type" }.compactMap(\.path.last))
        let keys = Set(Self.allMappings.flatMap(\.allowed))
        #expect(keys.subtracting(probed).isEmpty)
    }

    private static let allMappings: [ManifestMapping] = {
        typealias Keys = ManifestKeys
        return [
            Keys.manifest, Keys.contactsFile, Keys.configuration, Keys.schedule, Keys.timeWindow,
            Keys.scheduleOverride, Keys.dialingPolicy, Keys.agent, Keys.campaign, Keys.contact,
            Keys.contactsFileEntry, Keys.suppressionFile, Keys.csvColumns, Keys.dataColumn, Keys.adhocContacts,
            Keys.concurrency,
            Keys.policy, Keys.prune, Keys.massDelete, Keys.ignore,
        ]
    }()

    private func compose(_ relative: String) throws -> Node {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent(relative), encoding: .utf8)
        return try #require(try Yams.compose(yaml: text))
    }

    /// Whether `path` leads to a value; `*` tries every entry or item.
    private static func resolves(_ path: ArraySlice<String>, in node: Node) -> Bool {
        guard let first = path.first else { return true }
        let rest = path.dropFirst()
        switch node {
        case .mapping(let mapping) where first == "*": return mapping.values.contains { resolves(rest, in: $0) }
        case .mapping(let mapping): return mapping[first].map { resolves(rest, in: $0) } ?? false
        case .sequence(let items) where first == "*": return items.contains { resolves(rest, in: $0) }
        default: return false
        }
    }
}
