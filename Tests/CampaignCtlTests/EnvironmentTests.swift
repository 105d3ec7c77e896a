import AnyreachModel
import Foundation
import TestSupport
import Testing

/// One repository, two orgs in one emulator: staging and production differ by a `${VALUE}`
/// (the renewals agent) and an overlay (spring-renewals' priority), and by nothing else.
@Suite struct EnvironmentTests {
    static let tokens = ["staging": "ak_staging.key", "production": "ak_production.key"]
    static let credentials = tokens.sorted { $0.key < $1.key }.flatMap { name, token in
        ["--credential", "\(token)=org_\(name):campaigns:read,campaigns:manage"]
    }

    /// The examples with `environments/`, the value and the overlay; run as CI runs it: no
    /// `--api-url`, each credential in its own variable.
    private func twoOrgs(_ name: String, _ body: (Scenario, Campaignctl) async throws -> Void) async throws {
        try await Scenario.with(name, example: ".", emulatorFlags: Self.credentials) { scenario in
            // The examples' own environments give way to these two, with one value and one overlay.
            for file in [
                "environments", "configurations/business-hours.staging.yaml", "campaigns/spring-renewals.staging.yaml",
            ] {
                try FileManager.default.removeItem(at: scenario.workspace.url("examples/" + file))
            }
            for (environment, agent) in [("staging", "agent-staging"), ("production", "agent-renewals")] {
                try scenario.workspace.write(
                    "examples/environments/\(environment).yaml",
                    """
                    environment:
                      api_url: \(scenario.emulator.baseURL)
                      org: org_\(environment)
                      token_env: ANYREACH_TOKEN_\(environment.uppercased())
                      values:
                        AGENT: \(agent)
                    """)
            }
            let hours = "examples/configurations/business-hours.yaml"
            let text = try scenario.workspace.read(hours)
            try scenario.workspace.write(
                hours, text.replacingOccurrences(of: "agent_id: agent-renewals", with: "agent_id: ${AGENT}"))
            try scenario.workspace.write(
                "examples/campaigns/spring-renewals.staging.yaml", "campaigns:\n  spring-renewals:\n    priority: 1\n")
            let campaignctl = Campaignctl(
                directory: scenario.workspace.root,
                environment: Dictionary(
                    uniqueKeysWithValues: Self.tokens.map { ("ANYREACH_TOKEN_\($0.key.uppercased())", $0.value) }))
            try await body(scenario, campaignctl)
        }
    }

    @Test func eachEnvironmentPlansItsOwnOrgAndTheyDifferExactlyByTheValueAndTheOverlay() async throws {
        try await twoOrgs("env-two-orgs") { scenario, campaignctl in
            var plans: [String: JSONValue] = [:]
            for environment in ["staging", "production"] {
                let run = try await campaignctl.run([
                    "plan", "--env", environment, "--format", "json", "--out", "\(environment).plan", "examples/",
                ])
                try #require(run.status == 0, "\(run)")
                plans[environment] = try JSONValue.parse(Data(run.stdout.utf8))
                #expect(plans[environment]?["scope"]?["environment"]?.stringValue == environment)
                #expect(plans[environment]?["scope"]?["org"]?.stringValue == "org_\(environment)")
            }
            let operations = plans["staging"]?["operations"] ?? nil
            let differences = Self.differences(operations, plans["production"]?["operations"] ?? nil, at: "")
            #expect(
                Set(differences.map { Self.field($0, in: operations) }) == ["agent.agent_id", "priority"],
                "the plans differ only where the value and the overlay do: \(differences)")

            for environment in ["staging", "production"] {
                let apply = try await campaignctl.run([
                    "apply", "--env", environment, "--auto-approve", "--plan", "\(environment).plan",
                    "--report", "\(environment).report",
                ])
                #expect(apply.status == 0, "\(apply)")
                let report = try JSONValue.parse(Data(try scenario.workspace.read("\(environment).report").utf8))
                #expect(report["environment"]?.stringValue == environment)
                let again = try await campaignctl.run([
                    "plan", "--env", environment, "--detailed-exitcode", "examples/",
                ])
                #expect(again.status == 0, "each org matches its environment: \(again)")
            }
            // Export reads no manifests: it finds environments/ where it runs, at the repository's root.
            var atRoot = campaignctl
            atRoot.directory = scenario.workspace.url("examples")
            let staging = try await atRoot.run(["export", "--env", "staging", "--out", "../live-staging"])
            let production = try await atRoot.run(["export", "--env", "production", "--out", "../live-production"])
            try #require(staging.status == 0 && production.status == 0, "\(staging)\n\(production)")
            #expect(
                try scenario.workspace.read("live-staging/campaigns/spring-renewals.yaml").contains("priority: 1"))
            #expect(
                try scenario.workspace.read("live-production/configurations/business-hours.yaml").contains(
                    "agent_id: agent-renewals"))
        }
    }

    @Test func aPlanForOneEnvironmentIsRefusedByAnother() async throws {
        try await twoOrgs("env-refused") { _, campaignctl in
            let plan = try await campaignctl.run(["plan", "--env", "staging", "--out", "staging.plan", "examples/"])
            try #require(plan.status == 0, "\(plan)")
            let other = try await campaignctl.run([
                "apply", "--env", "production", "--auto-approve", "--plan", "staging.plan",
            ])
            #expect(other.status == 1, "\(other)")
            #expect(
                other.stderr.contains(
                    "'staging.plan' was planned for environment staging, not environment production"), "\(other)")
            let none = try await campaignctl.run(["apply", "--auto-approve", "--plan", "staging.plan"])
            #expect(none.status == 1 && none.stderr.contains("pass --env staging"), "\(none)")
        }
    }

    @Test func mistakesAreNamedBeforeAnythingIsSent() async throws {
        try await twoOrgs("env-mistakes") { scenario, campaignctl in
            let typo = try await campaignctl.run(["plan", "--env", "prod", "examples/"])
            #expect(
                typo.status == 1 && typo.stderr.contains("no environment 'prod' (did you mean production?)"), "\(typo)")

            var unset = campaignctl
            unset.environment["ANYREACH_TOKEN_STAGING"] = nil
            let noToken = try await unset.run(["plan", "--env", "staging", "examples/"])
            #expect(noToken.status == 1, "\(noToken)")
            #expect(noToken.stderr.contains("takes its credential from ANYREACH_TOKEN_STAGING, which is not set"))

            let staging = "examples/environments/staging.yaml"
            let definition = try scenario.workspace.read(staging)
            try scenario.workspace.write(
                staging,
                definition.replacingOccurrences(of: scenario.emulator.baseURL, with: "https://collector.example"))
            let untrusted = try await campaignctl.run(["plan", "--env", "staging", "examples/"])
            #expect(untrusted.status == 1, "\(untrusted)")
            #expect(untrusted.stderr.contains("examples/environments/staging.yaml:"), "located: \(untrusted)")
            #expect(untrusted.stderr.contains("which is not a trusted API URL"), "\(untrusted)")
            var trusting = campaignctl
            trusting.environment["CAMPAIGNCTL_TRUSTED_API_URLS"] = "https://collector.example"
            let trusted = try await trusting.run(["plan", "--env", "staging", "--retry-budget", "1s", "examples/"])
            #expect(!trusted.stderr.contains("not a trusted API URL"), "listed by the runner, it is used: \(trusted)")

            try scenario.workspace.write(
                "examples/campaigns/spring-renewals.staging.yaml",
                "campaigns:\n  spring-renewals:\n    priority: {a: 1}\n")
            let mismatch = try await campaignctl.run(["validate", "--env", "staging", "examples/"])
            #expect(mismatch.status == 1, "\(mismatch)")
            #expect(
                mismatch.stderr.contains(
                    "examples/campaigns/spring-renewals.staging.yaml:3:15: error: the overlay makes 'priority' a mapping"
                ), "\(mismatch)")
            try scenario.workspace.write("examples/campaigns/autumn.staging.yaml", "campaigns: {}\n")
            let orphan = try await campaignctl.run(["validate", "--env", "staging", "examples/"])
            #expect(orphan.stderr.contains("there is no base file next to it"), "\(orphan)")
            let plain = try await campaignctl.run(["validate", "--env", "production", "examples/"])
            #expect(plain.status == 0, "staging's overlays are no manifests of production: \(plain)")
        }
    }

    /// The examples' own environments, as the README's reader tries them: on the embedded
    /// emulator, staging's overlays pause the renewals and give them staging's agent.
    @Test func theExamplesEnvironmentsPlanOnTheEmbeddedEmulator() async throws {
        try await Scenario.with("env-examples", example: ".") { scenario in
            let local = Campaignctl(directory: scenario.workspace.root)
            var plans: [String: String] = [:]
            for environment in ["staging", "production"] {
                let validate = try await local.run(["validate", "--strict", "--env", environment, "examples/"])
                #expect(validate.status == 0, "\(validate)")
                let plan = try await local.run([
                    "plan", "--emulator", "\(environment).sqlite", "--env", environment, "examples/",
                ])
                #expect(plan.status == 0, "\(plan)")
                plans[environment] = plan.stdout
            }
            #expect(plans["staging"]?.contains("agent.agent_id: \"agent-renewals-staging\"") == true)
            #expect(plans["production"]?.contains("agent-renewals-staging") == false)
            #expect(plans["production"]?.contains("environment production,") == true, "\(plans["production"] ?? "")")
        }
    }

    // MARK: - Helpers

    /// The paths where two JSON values differ, down to their leaves.
    static func differences(_ a: JSONValue?, _ b: JSONValue?, at path: String) -> [String] {
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            return Set(x.keys).union(y.keys).sorted().flatMap { differences(x[$0], y[$0], at: path + "." + $0) }
        case (.array(let x)?, .array(let y)?) where x.count == y.count:
            return zip(x, y).enumerated().flatMap { differences($1.0, $1.1, at: path + "[\($0)]") }
        default:
            return a == b ? [] : [path]
        }
    }

    /// The field a difference is in: for a change entry (`[1].changes[0].after`) the field it
    /// names, else the path below the operation (`body.agent.agent_id` as `agent.agent_id`).
    static func field(_ path: String, in operations: JSONValue?) -> String {
        let parts = path.split(separator: ".").map(String.init)
        if parts.count == 3, parts[1].hasPrefix("changes["), let operation = Int(parts[0].dropFirst().dropLast()),
            let change = Int(parts[1].dropFirst("changes[".count).dropLast())
        {
            return operations?.arrayValue?[operation]["changes"]?.arrayValue?[change]["field"]?.stringValue ?? path
        }
        return parts.dropFirst(2).joined(separator: ".")
    }
}
