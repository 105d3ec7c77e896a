/// The shortest way from one list of lines to another (Myers' O(ND) algorithm), for diffs of a
/// formatted file: few lines change, so D stays small. Past `limit` changes the part between
/// the common start and end is given as all removed, then all added, which is still a diff.
enum LineEdits {
    struct Edit: Equatable {
        enum Kind { case same, removed, added }
        var kind: Kind
        /// The line in the old text (for an added line, the one it goes before).
        var old: Int
        /// The line in the new text (for a removed line, the one it went before).
        var new: Int
    }

    static func between(_ old: [Substring], _ new: [Substring], limit: Int = 2_000) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = old[prefix..<(old.count - suffix)]
        let b = new[prefix..<(new.count - suffix)]
        let middle = shortest(a, b, limit: limit) ?? replaced(a, b)
        return (0..<prefix).map { Edit(kind: .same, old: $0, new: $0) } + middle
            + (0..<suffix).map { Edit(kind: .same, old: old.count - suffix + $0, new: new.count - suffix + $0) }
    }

    private static func replaced(_ a: ArraySlice<Substring>, _ b: ArraySlice<Substring>) -> [Edit] {
        a.indices.map { Edit(kind: .removed, old: $0, new: b.startIndex) }
            + b.indices.map { Edit(kind: .added, old: a.endIndex, new: $0) }
    }

    /// Myers' forward search. `frontier[k]` is the furthest old index on diagonal k (old - new);
    /// each round's frontier is kept (only its diagonals) to walk the path back.
    private static func shortest(_ a: ArraySlice<Substring>, _ b: ArraySlice<Substring>, limit: Int) -> [Edit]? {
        let (n, m) = (a.count, b.count)
        let offset = min(n + m, limit) + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var rounds: [[Int]] = []
        for d in 0...min(n + m, limit) {
            rounds.append(Array(frontier[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                let down = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])
                var x = down ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[a.startIndex + x] == b[b.startIndex + y] { (x, y) = (x + 1, y + 1) }
                frontier[offset + k] = x
                if x >= n && y >= m { return path(rounds, to: (n, m), a.startIndex, b.startIndex) }
            }
        }
        return nil
    }

    /// Walks back from the end through the frontiers of each round.
    private static func path(_ rounds: [[Int]], to end: (Int, Int), _ oldStart: Int, _ newStart: Int) -> [Edit] {
        var edits: [Edit] = []
        var (x, y) = end
        func same() { edits.append(Edit(kind: .same, old: oldStart + x, new: newStart + y)) }
        for d in stride(from: rounds.count - 1, through: 1, by: -1) {
            let before = rounds[d]
            let at = { (k: Int) in before[k + d + 1] }
            let k = x - y
            let down = k == -d || (k != d && at(k - 1) < at(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                (x, y) = (x - 1, y - 1)
                same()
            }
            if down {
                y -= 1
                edits.append(Edit(kind: .added, old: oldStart + x, new: newStart + y))
            } else {
                x -= 1
                edits.append(Edit(kind: .removed, old: oldStart + x, new: newStart + y))
            }
        }
        while x > 0 && y > 0 {
            (x, y) = (x - 1, y - 1)
            same()
        }
        return edits.reversed()
    }
}
