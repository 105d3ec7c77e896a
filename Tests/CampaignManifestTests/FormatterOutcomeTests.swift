import Testing

@testable import CampaignManifest

/// What `fmt` leaves alone, and how it reports a file it can't read.
@Suite struct FormatterOutcomeTests {
    /// Texts `fmt` doesn't rewrite, the reason it gives, and where.
    static let kept: [(text: String, reason: String, line: Int, column: Int)] = [
        ("configurations:\n  a: &hours {name: A, agent: {agent_id: x}}\n  b: *hours\n", "anchors and aliases", 2, 6),
        ("configurations:\n  a:\n    <<: {name: A}\n    agent: {agent_id: x}\n", "merge keys", 3, 5),
        ("campaigns:\n  a:\n    name: !!str A\n    configuration: c\n", "tags", 3, 11),
        ("campaigns:\n  ? a\n  : {name: A, configuration: c}\n", "explicit keys", 2, 5),
        ("- a\n- b\n", "top level", 1, 1),
        ("campaigns: {a: {name: A, configuration: c}}\n...\n", "follows its top-level mapping", 2, 1),
        ("%YAML 1.1\n---\nconcurrency: {limit: 3}\n", "directives", 1, 1),
    ]

    @Test(arguments: kept.indices)
    func leavesWhatItDoesNotRewriteAsWritten(_ index: Int) throws {
        let example = Self.kept[index]
        guard case .kept(let warning) = ManifestFormatter.format(example.text, file: "a.yaml") else {
            Issue.record("\(example.text) is not kept: \(ManifestFormatter.format(example.text, file: "a.yaml"))")
            return
        }
        #expect(warning.kind == .formatSkipped && warning.severity == .warning)
        #expect(warning.message.contains(example.reason), "\(warning.message)")
        #expect(warning.location == SourceLocation(file: "a.yaml", line: example.line, column: example.column))
    }

    /// A YAML error is reported as `validate` reports it, at the same place.
    @Test func reportsYAMLErrorsAsValidateDoes() throws {
        let text = "campaigns:\n  a:\n    name: \"Spring\n    configuration: c\n"
        guard case .failed(let errors) = ManifestFormatter.format(text, file: "a.yaml") else {
            Issue.record("a YAML error is not reported")
            return
        }
        let loaded = Fixtures.loader().load(texts: [("a.yaml", text)])
        #expect(errors == loaded.errors)
        #expect(errors.first?.kind == .syntax && errors.first?.location?.line == 3)
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n"])
    func leavesEmptyFilesToValidate(_ text: String) {
        #expect(ManifestFormatter.format(text, file: "a.yaml") == .unchanged)
    }

    /// The formatted text is refused when it would read differently: here, a scalar rewritten
    /// into another value stands in for a bug.
    @Test func refusesAFormattingThatChangesAValue() throws {
        let text = "campaigns:\n  a:\n    name: A\n    configuration: c\n"
        let root = try #require(
            ManifestParser.composeWritten(
                text: text, report: YAMLErrorReport(text: text, file: "a.yaml", sink: DiagnosticSink())))
        let wrong = "campaigns:\n  a:\n    name: B\n    configuration: c\n"
        let problem = FormatCheck.problem(root: root, comments: [], formatted: wrong, shape: .manifestFile)
        #expect(problem == "campaigns.a.name would read differently")
        let lostComment = FormatCheck.problem(root: root, comments: ["# gone"], formatted: text, shape: .manifestFile)
        #expect(lostComment == "a comment would be lost or changed")
    }
}
