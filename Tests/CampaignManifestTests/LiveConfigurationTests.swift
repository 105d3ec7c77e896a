import Testing

@testable import CampaignManifest

/// A campaign's `configuration:` that no manifest defines: a warning with a did-you-mean, an
/// error under `--strict`, and nothing at all when `live_configurations` lists it.
@Suite struct LiveConfigurationTests {
    static let configurations = """
        configurations:
          business-hours: {name: Business hours, agent: {agent_id: a}}

        """

    /// A campaign `c` naming `configuration` at line 4, column 5.
    static func campaign(_ configuration: String) -> String {
        "campaigns:\n  c:\n    name: C\n    configuration: \(configuration)\n"
    }

    static func load(_ texts: [(name: String, text: String)], strict: Bool = false) -> ManifestLoadResult {
        var loader = Fixtures.loader()
        loader.strict = strict
        return loader.load(texts: texts)
    }

    static let at = SourceLocation(file: "c.yaml", line: 4, column: 5)

    @Test func aMisspeltConfigurationSuggestsTheDefinedOne() {
        let result = Self.load([
            (name: "configurations.yaml", text: Self.configurations),
            (name: "c.yaml", text: Self.campaign("busines-hours")),
        ])
        #expect(result.diagnostics.map(\.kind) == [.undeclaredConfiguration])
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.location == Self.at)
        #expect(result.diagnostics.first?.hint?.contains("'business-hours'") == true, "\(result.diagnostics)")
    }

    @Test func aMisspeltConfigurationSuggestsALiveOne() {
        let result = Self.load([
            (name: "org.yaml", text: "live_configurations: [shared-weekend]\n"),
            (name: "c.yaml", text: Self.campaign("shared-weekends")),
        ])
        #expect(result.diagnostics.map(\.kind) == [.undeclaredConfiguration])
        #expect(result.diagnostics.first?.hint?.contains("'shared-weekend'") == true, "\(result.diagnostics)")
    }

    @Test func aFarOffNameSuggestsNothing() {
        let result = Self.load([
            (name: "configurations.yaml", text: Self.configurations),
            (name: "c.yaml", text: Self.campaign("night-shift")),
        ])
        #expect(result.diagnostics.map(\.kind) == [.undeclaredConfiguration])
        #expect(result.diagnostics.first?.hint?.contains("business-hours") == false, "\(result.diagnostics)")
    }

    @Test func strictMakesAnUndeclaredConfigurationAnError() {
        let result = Self.load([(name: "c.yaml", text: Self.campaign("night-shift"))], strict: true)
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.kind) == [.undeclaredConfiguration])
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(result.diagnostics.first?.location == Self.at)
    }

    @Test(arguments: [false, true])
    func aListedLiveConfigurationIsNamedWithoutADiagnostic(strict: Bool) {
        let result = Self.load(
            [
                (name: "org.yaml", text: "live_configurations:\n  - night-shift\n"),
                (name: "c.yaml", text: Self.campaign("night-shift")),
            ], strict: strict)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.state?.liveConfigurations == ["night-shift"])
    }

    @Test func strictAcceptsADefinedConfiguration() {
        let result = Self.load(
            [(name: "c.yaml", text: Self.configurations + Self.campaign("business-hours"))], strict: true)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    /// Each team may list the live configurations its campaigns use: repeats, in one list or
    /// across files, are fine.
    @Test func aKeyListedTwiceIsFine() {
        let result = Self.load([
            (name: "a.yaml", text: "live_configurations: [shared, shared]\n"),
            (name: "b.yaml", text: "live_configurations: [shared, other]\n"),
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.state?.liveConfigurations == ["shared", "other"])
    }

    @Test func aKeyBothDefinedAndListedLiveIsAnError() {
        let result = Self.load([
            (name: "configurations.yaml", text: Self.configurations),
            (name: "org.yaml", text: "live_configurations:\n  - other\n  - business-hours\n"),
        ])
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.kind) == [.duplicate])
        #expect(result.diagnostics.first?.location == SourceLocation(file: "org.yaml", line: 3, column: 5))
        #expect(result.diagnostics.first?.related == SourceLocation(file: "configurations.yaml", line: 2, column: 3))
    }

    @Test(arguments: [
        ("live_configurations: shared\n", 1, 22), ("live_configurations: [shared, {a: b}]\n", 1, 31),
        ("live_configurations: [\"\"]\n", 1, 23),
    ])
    func aMalformedListIsAnError(_ text: String, _ line: Int, _ column: Int) {
        let result = Self.load([(name: "org.yaml", text: text)])
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.kind) == [.invalidValue], "\(result.diagnostics)")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "org.yaml", line: line, column: column))
    }
}
