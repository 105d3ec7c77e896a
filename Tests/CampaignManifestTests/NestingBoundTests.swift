import TestSupport
import Testing
import Yams

@testable import CampaignManifest

/// `NestingBound` lets the alias guard skip its walk, so it must never say less than the depth
/// of the tree libyaml composes from the same text: checked on tricky texts, on the fuzz
/// mutations of real manifests and on random trees written in every style.
@Suite struct NestingBoundTests {
    /// Collection levels of a composed tree (a scalar has none), as the guard counts them.
    static func depth(_ node: Node) -> Int {
        switch node {
        case .mapping(let mapping): 1 + mapping.reduce(0) { max($0, depth($1.key), depth($1.value)) }
        case .sequence(let sequence): 1 + (sequence.map(depth).max() ?? 0)
        case .scalar, .alias: 0
        }
    }

    /// Whether the bound (when there is one) covers the tree; texts that don't compose, or only
    /// with aliases (which the guard walks anyway), say nothing.
    @discardableResult
    static func check(_ text: String, _ comment: String = "") -> Int? {
        guard !AliasFreeText.mayHoldAliases(text), let root = try? Yams.compose(yaml: text, .basic) else { return nil }
        let bound = NestingBound.of(text, upTo: 10_000)
        if let bound { #expect(depth(root) <= bound, "\(comment)\n\(text)") }
        return bound
    }

    static let tricky = [
        "contacts:\n  - external_id: a\n    phone_numbers: [\"1\", \"2\"]\n    data: {a: 1, b: \"x, y\"}\n",
        "- - - - - a\n", "key:\n- a\n- - b\n  - c\n", "? - a\n  - b\n: - c\n", "- ? a: b\n  : - c: d\n",
        "a: b\n  - - - c\n", "a: \"x\n- - - [[[[ \" \n", "a: 'x''\n  - [[ '\n", "[\n[\n[\n1]]]\n",
        "[a: [b: [c: d]]]\n", "{? [a]: b, [[c]]: d}\n", "[? [a], [b]: [c: [d]]]\n", "&x [a, &y {b: c}]\n",
        "a: |\n  [[[[\n  - - -\nb: c\n", "a: >-\n   - x\n    - y\n", "# [[[[[\na: 1 # ]]]\n",
        "a: 'it''s [' \nb: [1]\n", "\"[ \" : [[[[x]]]] # \" ]\n", "a:\r- b\r- [c, [d]]\r",
        "a:\r\n  - b: [1,\t2]\r\n", "é: [ü, {ö: ä}]\n", "a: [b, \"]\", ']', c]\n", "a: [\"]\", [\"]\", ['] ', [x]]]]\n",
        "a: [\"\\\"[\", [x]]\n",
        "--- [a, [b]]\n...\n", "--- \n- [a]\n", "a: [b #c]\n", "a: [b:c, d]\n", "a: [12:30, 1]\n",
        "- [a]: b\n  [c]: d\n", "-\n  - a\n  -\n    - b\n", "a:\n  b:\n    c:\n      - - d\n",
        "k: !!str [a]\n", "k: [!!str a]\n", "a:\n- b:\n  - c:\n    - d:\n      - e\n", "\u{FEFF}- [a]\n",
        "a: b\u{2028}- c\n", "a: b\u{85}c\n",
    ]

    @Test func trickyTextsAreBounded() {
        for text in Self.tricky { Self.check(text) }
    }

    /// The fast path must be taken where it matters: contacts written one per mapping, flow
    /// lists and mappings on their lines.
    @Test func contactsAreBoundedTightly() {
        #expect(Self.check(Self.tricky[0]) == 2 * 3 + 2 * 1)
        #expect(Self.check("a: [[[x]]]\n") == 2 + 2 * 3)
        #expect(Self.check("a: [\n  b]\n") == nil, "a flow collection over two lines")
        // Each sequence at its mapping's column is a level without a column of its own.
        #expect(Self.check("a:\n- b:\n  - c:\n    - d:\n      - e\n") == 2 * 5)
    }

    @Test func mutatedManifestsAreBounded() {
        var random = SeededRandom(seed: 20_261_201)
        for iteration in 0..<2000 {
            let seed = ManifestFuzzTests.seeds[iteration % ManifestFuzzTests.seeds.count]
            Self.check(ManifestFuzzTests.mutate(seed, &random), "iteration \(iteration)")
        }
    }

    @Test func randomTreesInEveryStyleAreBounded() {
        var random = SeededRandom(seed: 42)
        var bounded = 0
        for iteration in 0..<3000 {
            var writer = RandomYAMLWriter(random: random)
            let text = writer.document(depth: Int.random(in: 1...40, using: &random))
            random = writer.random
            if Self.check(text, "iteration \(iteration)") != nil { bounded += 1 }
        }
        #expect(bounded > 500, "too few random texts were bounded to test anything")
    }
}
