import Testing

@testable import CampaignManifest

/// A YAML syntax error caused by a quote or bracket that opens earlier than libyaml notices is
/// reported where it opens, saying where the parser gave up (the marker fixtures in
/// `markers/yaml-syntax` show the common cases; these are the corners).
@Suite struct OpeningErrorTests {
    static func diagnostics(_ text: String) -> [String] {
        ParserLocationTests.diagnostics(text)
    }

    static func gaveUpAtTheEnd(line: Int, column: Int) -> String {
        "(the parser gave up at line \(line), column \(column), the end of the file)"
    }

    @Test(arguments: [
        // A quote inside an unclosed flow list: the quote is the cause.
        (
            "a: [b, \"c]\nd: \"e\"\n",
            "m.yaml:1:8: error: YAML syntax: this quoted string runs on to the quote at line 2, column 4, which closes it "
                + "(the parser gave up at line 2, column 5); is its closing quote missing?"
        ),
        // Escaped quotes don't close a string, and `''` doesn't close a single-quoted one.
        (
            "a: \"x \\\" y\nb: \"c\"\n",
            "m.yaml:1:4: error: YAML syntax: this quoted string runs on to the quote at line 2, column 4, which closes it "
                + "(the parser gave up at line 2, column 5); is its closing quote missing?"
        ),
        (
            "a: 'it''s\nb: 'it''s'\n",
            "m.yaml:1:4: error: YAML syntax: this quoted string runs on to the quote at line 2, column 4, which closes it "
                + "(the parser gave up at line 2, column 5); is its closing quote missing?"
        ),
        // A string that runs into a `---` line.
        (
            "a: \"x\n---\nb: c\n",
            "m.yaml:1:4: error: YAML syntax: this quoted string is never closed (the parser gave up at line 2, column 1)"
        ),
        // Without a final line break the end of the file is on the last line.
        (
            "a: {b: [c, d]",
            "m.yaml:1:4: error: YAML syntax: this '{' is never closed \(Self.gaveUpAtTheEnd(line: 1, column: 14))"
        ),
        (
            "a:\n  - [x, y\n  - z\n",
            "m.yaml:2:5: error: YAML syntax: this '[' is never closed \(Self.gaveUpAtTheEnd(line: 4, column: 1))"
        ),
        // Where libyaml names no collection, the innermost one open at the end is the one.
        (
            "a: [\n",
            "m.yaml:1:4: error: YAML syntax: this '[' is never closed \(Self.gaveUpAtTheEnd(line: 2, column: 1))"
        ),
        (
            "a: [b, {c: d\n",
            "m.yaml:1:8: error: YAML syntax: this '{' is never closed \(Self.gaveUpAtTheEnd(line: 2, column: 1))"
        ),
    ])
    func theOpeningIsReported(_ text: String, _ expected: String) {
        #expect(Self.diagnostics(text) == [expected])
    }

    @Test func aStringNeverClosedInAFileWithAliasesIsStillFound() {
        let text = "x: &x [1]\ny: *x\nz: \"open\n"
        #expect(
            Self.diagnostics(text) == [
                "m.yaml:3:4: error: YAML syntax: this quoted string is never closed "
                    + Self.gaveUpAtTheEnd(line: 4, column: 1)
            ])
    }

    /// Other errors stay where libyaml gave up, in its words.
    @Test(arguments: [
        (
            "a: [b, c]]\n",
            "m.yaml:1:10: error: YAML syntax: did not find expected key (while parsing a block mapping at line 1)"
        ),
        (
            "a: \"x\\q\"\n",
            "m.yaml:1:6: error: YAML syntax: found unknown escape character (while parsing a quoted scalar at line 1)"
        ),
        (
            "a: |\n  text\n b: 1\n",
            "m.yaml:3:2: error: YAML syntax: did not find expected key (while parsing a block mapping at line 1)"
        ),
    ])
    func otherErrorsStayWhereTheParserGaveUp(_ text: String, _ expected: String) {
        #expect(Self.diagnostics(text) == [expected])
    }
}
