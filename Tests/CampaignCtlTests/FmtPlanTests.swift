import AnyreachModel
import Foundation
import TestSupport
import Testing

/// A formatted repository plans exactly as before against the same org: the plan's operations,
/// bodies, warnings and rendered text are the same; what may differ is what depends on the
/// files' bytes: the digests a saved plan records (`scope.manifests_digest`) and, where fmt
/// moved lines, the manifest line an operation points at (`source`, `(file:line)`).
@Suite struct FmtPlanTests {
    @Test func theExamplesPlanTheSameOnceFormatted() async throws {
        try await Scenario.with("fmt-examples", example: ".") { scenario in
            let offline = Campaignctl(directory: scenario.workspace.root)
            let check = try await offline.run(["fmt", "--check", "examples/"])
            #expect(check.status == (check.stdout.isEmpty ? 0 : 1), "\(check)")
            let before = try Self.files(scenario.workspace.url("examples"))
            let plansBefore = try await plans(scenario)

            let fmt = try await offline.run(["fmt", "examples/"])
            #expect(fmt.status == 0 && fmt.stdout == check.stdout, "\(fmt)")
            let after = try Self.files(scenario.workspace.url("examples"))
            let changed = Set(after.keys.filter { after[$0] != before[$0] }.map { "examples/" + $0 })
            #expect(changed == Set(check.stdout.split(separator: "\n").map(String.init)), "--check listed them all")
            #expect(!changed.contains { !$0.hasSuffix(".yaml") }, "only YAML files change")
            let recheck = try await offline.run(["fmt", "--check", "examples/"])
            #expect(recheck.status == 0 && recheck.stdout.isEmpty, "\(recheck)")

            // The examples change only their quotes, so no line moves: byte for byte but digests.
            let plansAfter = try await plans(scenario)
            #expect(plansAfter.text == plansBefore.text)
            #expect(Self.maskingDigests(plansAfter.json) == Self.maskingDigests(plansBefore.json))
        }
    }

    @Test func aReorderedRepositoryPlansTheSameOnceFormatted() async throws {
        try await Scenario.with("fmt-reordered") { scenario in
            try scenario.workspace.write("repo/hours.yaml", Self.configuration)
            try scenario.workspace.write("repo/spring.yaml", Self.campaign)
            let before = try await plans(scenario, "repo/")
            let fmt = try await Campaignctl(directory: scenario.workspace.root).run(["fmt", "repo/"])
            #expect(fmt.status == 0 && fmt.stdout == "repo/hours.yaml\nrepo/spring.yaml\n", "\(fmt)")
            let after = try await plans(scenario, "repo/")
            #expect(try Self.withoutPlaces(after.json) == Self.withoutPlaces(before.json))
            #expect(Self.withoutLines(after.text) == Self.withoutLines(before.text))
            #expect(after.text != before.text, "lines moved, and the plan points at their new places")
        }
    }

    private func plans(_ scenario: Scenario, _ path: String = "examples/") async throws -> (text: String, json: String)
    {
        let text = try await scenario.campaignctl.run(["plan", path])
        let json = try await scenario.campaignctl.run(["plan", "--format", "json", path])
        try #require(text.status == 0 && json.status == 0, "\(text)\n\(json)")
        return (text.stdout, json.stdout)
    }

    /// Each file under `directory` (relative path → bytes).
    static func files(_ directory: URL) throws -> [String: Data] {
        let names = FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []
        var files: [String: Data] = [:]
        for name in names where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    static func maskingDigests(_ json: String) -> String {
        json.replacing(/sha256:[0-9a-f]{64}/, with: "sha256:…")
    }

    /// The plan document without `source` locations and the manifests' digests.
    static func withoutPlaces(_ json: String) throws -> JSONValue {
        func strip(_ value: JSONValue) -> JSONValue {
            switch value {
            case .object(let object):
                .object(object.filter { $0.key != "source" && $0.key != "manifests_digest" }.mapValues(strip))
            case .array(let items): .array(items.map(strip))
            default: value
            }
        }
        return strip(try JSONValue.parse(Data(json.utf8)))
    }

    /// The rendered plan without the manifest lines it points at (`(repo/a.yaml:12)`).
    static func withoutLines(_ text: String) -> String {
        text.replacing(/\.yaml:\d+\)/, with: ".yaml)")
    }

    static let configuration = """
        # Calling hours.
        configurations:
            hours:
                agent: {agent_version: 2, agent_id: "agent-1"}
                dialing_policy:
                    default_country_code: '+44'
                    max_attempts: 3
                name: "Hours"
                schedule:
                    default_windows:
                    - end: 17:00
                      start: 09:00   # opens
                      days: [ mon, tue ]
                    default_timezone: "Europe/London"
        concurrency: {limit: 5}
        """

    static let campaign = """
        campaigns:
            spring:
                contacts:
                - data: {"plan": "gold", "visits": 3, zip: "02134"}
                  phone_numbers: ['020 7946 0018']
                  external_id: "lead-1"
                  scheduled_at: 2027-12-02T09:30:00Z
                - phone_numbers: ["07700 900123"]
                  initial_context: >
                    Ask about
                    the renewal.
                  external_id: lead-2
                priority: 7
                configuration: hours
                name: Spring
                status: active
        """
}
