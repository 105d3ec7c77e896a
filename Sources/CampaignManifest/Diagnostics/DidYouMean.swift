/// Suggests the known word nearest to a misspelt one, for "unknown key" errors.
public enum DidYouMean {
    static let maxLength = 64

    /// The closest candidate within a distance of about a third of the word, or nil.
    /// Words longer than `maxLength` get none: a suggestion for a whole line of garbage helps
    /// nobody, and the distance costs the product of the lengths.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        guard word.count <= maxLength else { return nil }
        let limit = max(2, word.count / 3)
        let scored = candidates.filter { $0.count <= maxLength }.map { ($0, distance(word.lowercased(), $0)) }.filter {
            $0.1 <= limit
        }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance between two short strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
