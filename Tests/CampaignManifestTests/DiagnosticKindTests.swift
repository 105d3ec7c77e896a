import Testing

@testable import CampaignManifest

/// Each kind of manifest problem is told apart by its kind, whatever the message says.
@Suite struct DiagnosticKindTests {
    static let cases: [(text: String, kind: Diagnostic.Kind)] = [
        ("policy:\n  prnue: {}\n", .unknownKey),
        ("campaigns:\n  c: {name: C}\n", .missingKey),
        ("policy:\n  prune: {}\n  prune: {}\n", .duplicate),
        ("campaigns: [\n", .syntax),
        ("a: " + String(repeating: "[", count: 101) + String(repeating: "]", count: 101) + "\n", .nestingDepth),
        (
            (["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
                + (1...6).map {
                    "a\($0): &a\($0) [" + Array(repeating: "*a\($0 - 1)", count: 10).joined(separator: ", ") + "]"
                })
                .joined(separator: "\n") + "\n", .aliasExpansion
        ),
        ("concurrency:\n  limit: many\n", .invalidValue),
        ("# emptied\ncampaigns:\n", .emptyManifest),
        ("configurations:\n  x: {name: X, agent: {agent_id: \"${CAMPAIGNCTL_NOT_SET}\"}}\n", .interpolation),
        (
            "campaigns:\n  c:\n    name: C\n    configuration: live-only\n    contacts:\n      - {external_id: a, phone_numbers: [\"12\"]}\n",
            .invalidPhoneNumber
        ),
    ]

    @Test(arguments: cases.indices)
    func aProblemCarriesItsKind(_ index: Int) {
        let (text, kind) = Self.cases[index]
        let diagnostics = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).diagnostics
        #expect(diagnostics.contains { $0.kind == kind && $0.severity == .error }, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0.location?.file == "m.yaml" }, "\(diagnostics)")
    }

    @Test func aCampaignOnAConfigurationOutsideTheManifestsIsAWarningOfItsOwnKind() {
        let text = "campaigns:\n  c: {name: C, configuration: live-only}\n"
        let diagnostics = Fixtures.loader().load(texts: [(name: "m.yaml", text: text)]).diagnostics
        #expect(diagnostics.map(\.kind) == [.undeclaredConfiguration])
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func theFormatterPrintsTheHintOnItsOwnLineAndPaintsOnlyWhenAsked() {
        let diagnostic = Diagnostic.error(
            .missingKey, at: SourceLocation(file: "m.yaml", line: 2, column: 3), "no name", hint: "add one")
        #expect(
            DiagnosticFormatter(isColorful: false).format(diagnostic) == "m.yaml:2:3: error: no name\n  hint: add one")
        let painted = DiagnosticFormatter(isColorful: true).format(diagnostic)
        #expect(painted == "m.yaml:2:3: \u{1B}[1;31merror:\u{1B}[0m no name\n  \u{1B}[1;36mhint:\u{1B}[0m add one")
        #expect(Diagnostic.warning(.duplicate, "twice").description == "warning: twice")
    }

    @Test func aLongListIsCountedPerKindPastTheLimit() {
        let many = (1...5).map { Diagnostic.error(.duplicate, "d\($0)") } + [.error(.syntax, "s")]
        let lines = DiagnosticFormatter(isColorful: false).format(many, limitPerKind: 2)
        #expect(lines == ["error: d1", "error: d2", "error: s", "… and 3 more duplicate"])
    }

    @Test func aMessageOrHintCantCarryAControlCharacterToTheTerminal() {
        let diagnostic = Diagnostic.error(.syntax, "bad \u{1B}[2J", hint: "x\u{7}")
        #expect(!diagnostic.description.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
