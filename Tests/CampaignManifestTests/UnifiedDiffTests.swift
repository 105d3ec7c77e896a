import TestSupport
import Testing

@testable import CampaignManifest

/// `fmt --diff`: unified diffs that `patch` reads, checked by applying them.
@Suite struct UnifiedDiffTests {
    @Test func printsHunksWithThreeLinesOfContext() {
        let old = (1...12).map { "line \($0)\n" }.joined()
        var lines = (1...12).map { "line \($0)\n" }
        lines[1] = "line two\n"
        lines.insert("new\n", at: 10)
        let new = lines.joined()
        #expect(
            UnifiedDiff.of(old, new, path: "a.yaml") == """
                --- a.yaml
                +++ a.yaml
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -8,5 +8,6 @@
                 line 8
                 line 9
                 line 10
                +new
                 line 11
                 line 12

                """)
    }

    @Test func saysWhenALineHasNoLineBreak() {
        #expect(
            UnifiedDiff.of("a\nb", "a\nb\n", path: "x") == """
                --- x
                +++ x
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b

                """)
    }

    /// Random texts and random edits of them: applying the diff gives the new text.
    @Test func diffsApplyToTheirOldText() throws {
        var random = SeededRandom(seed: 3)
        for _ in 0..<500 {
            let old = (0..<random.int(in: 0...30)).map { _ in random.pick(["a", "b", "c", "d"]) + "\n" }
            var new = old
            for _ in 0..<random.int(in: 0...6) {
                let index = random.int(in: 0...new.count)
                if random.int(in: 0...1) == 0 || new.isEmpty || index == new.count {
                    new.insert(random.pick(["a", "e"]) + "\n", at: index)
                } else {
                    new.remove(at: index)
                }
            }
            let diff = UnifiedDiff.of(old.joined(), new.joined(), path: "x")
            #expect(try Self.apply(diff, to: old) == new, "\(old) -> \(new)\n\(diff)")
        }
    }

    /// A minimal `patch`: each hunk's context and removed lines must be where its header says.
    static func apply(_ diff: String, to old: [String]) throws -> [String] {
        var result: [String] = []
        var next = 0
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) where !line.isEmpty {
            if line.hasPrefix("@@") {
                let start = Int(line.dropFirst(4).prefix { $0.isNumber }) ?? 0
                let count = line.split(separator: " ")[1].contains(",0") ? start : max(0, start - 1)
                result += old[next..<count]
                next = count
            } else if line.hasPrefix("+") {
                result.append(line.dropFirst() + "\n")
            } else {
                try #require(old[next] == line.dropFirst() + "\n", "context or removed line out of place")
                if line.hasPrefix(" ") { result.append(old[next]) }
                next += 1
            }
        }
        return result + old[next...]
    }
}
