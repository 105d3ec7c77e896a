import TestSupport
import Testing

@testable import CampaignManifest

/// `fmt` over generated YAML: mutated manifests (lines cut, keys renamed, indentation changed)
/// and random trees in every style (flow and block, compact and indentless lists, comments,
/// explicit keys, CRLF). It never hands out a text that fails its own checks, a formatted text
/// comes back unchanged, and it loads as the original did.
@Suite struct FormatterFuzzTests {
    @Test func mutatedManifestsFormatSafely() {
        var random = SeededRandom(seed: 20_261_201)
        let loader = Fixtures.loader()
        for iteration in 0..<1500 {
            let seed = ManifestFuzzTests.seeds[iteration % ManifestFuzzTests.seeds.count]
            let text = ManifestFuzzTests.mutate(seed, &random)
            guard let formatted = check(text, "iteration \(iteration)") else { continue }
            // Read from a file, a byte order mark is gone before the loader sees the text.
            var unmarked = text
            if unmarked.unicodeScalars.first == "\u{FEFF}" { unmarked.unicodeScalars.removeFirst() }
            let before = ManifestMeaning(loader.load(texts: [("fuzz/a.yaml", unmarked)]))
            let after = ManifestMeaning(loader.load(texts: [("fuzz/a.yaml", formatted)]))
            #expect(before == after, "iteration \(iteration) loads differently:\n\(text)\n---\n\(formatted)")
        }
    }

    @Test func randomTreesFormatSafely() {
        var random = SeededRandom(seed: 7)
        var formatted = 0
        for iteration in 0..<3000 {
            var writer = RandomYAMLWriter(random: random)
            let text = writer.document(depth: Int.random(in: 1...8, using: &random))
            random = writer.random
            if check(text, "iteration \(iteration)") != nil { formatted += 1 }
        }
        #expect(formatted > 300, "too few random texts were formatted to test anything")
    }

    /// The formatted text, when `fmt` rewrites `text`; fails when it refused its own output.
    private func check(_ text: String, _ what: String) -> String? {
        switch ManifestFormatter.format(text, file: "fuzz/a.yaml") {
        case .formatted(let formatted):
            #expect(ManifestFormatter.format(formatted, file: "fuzz/a.yaml") == .unchanged, "\(what): twice")
            return formatted
        case .failed(let errors):
            #expect(!errors.contains { $0.kind == .formatRefused }, "\(what): \(errors)\n\(text)")
            return nil
        case .unchanged, .kept:
            return nil
        }
    }
}
