/// Two texts' difference as `diff -u` prints it, for `fmt --diff`: hunks of changed lines with
/// three lines of context, headed `--- path` and `+++ path` so that `patch -p0` applies it.
public enum UnifiedDiff {
    public static func of(_ old: String, _ new: String, path: String, context: Int = 3) -> String {
        let (before, after) = (lines(old), lines(new))
        let edits = LineEdits.between(before, after)
        var out = ["--- \(path)", "+++ \(path)"]
        for hunk in hunks(edits, context: context) {
            out.append(header(hunk))
            for edit in hunk {
                switch edit.kind {
                case .same: out += shown(" ", before[edit.old])
                case .removed: out += shown("-", before[edit.old])
                case .added: out += shown("+", after[edit.new])
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Each line with its line break, so that a last line without one differs from one with.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            lines.append(text[start..<end])
            start = end
        }
        return lines
    }

    private static func shown(_ sign: String, _ line: Substring) -> [String] {
        guard line.hasSuffix("\n") else { return [sign + line, "\\ No newline at end of file"] }
        return [sign + line.dropLast()]
    }

    /// The edits, cut into runs of changes with `context` unchanged lines around them; runs
    /// closer than twice that are one hunk.
    private static func hunks(_ edits: [LineEdits.Edit], context: Int) -> [ArraySlice<LineEdits.Edit>] {
        let changes = edits.indices.filter { edits[$0].kind != .same }
        var hunks: [ArraySlice<LineEdits.Edit>] = []
        var index = 0
        while index < changes.count {
            var last = index
            while last + 1 < changes.count, changes[last + 1] - changes[last] <= 2 * context + 1 { last += 1 }
            hunks.append(edits[max(0, changes[index] - context)..<min(edits.count, changes[last] + context + 1)])
            index = last + 1
        }
        return hunks
    }

    /// `@@ -12,4 +12,5 @@`: where the hunk starts in each text and how many lines it has there.
    private static func header(_ hunk: ArraySlice<LineEdits.Edit>) -> String {
        let oldCount = hunk.count { $0.kind != .added }
        let newCount = hunk.count { $0.kind != .removed }
        func range(_ start: Int, _ count: Int) -> String {
            count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
        }
        let first = hunk.first ?? LineEdits.Edit(kind: .same, old: 0, new: 0)
        return "@@ -\(range(first.old, oldCount)) +\(range(first.new, newCount)) @@"
    }
}
