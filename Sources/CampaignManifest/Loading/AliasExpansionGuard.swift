import Yams

/// YAML aliases repeat a node without repeating its text: nested a few levels, a dozen lines
/// stand for billions of nodes ("billion laughs") and hang whatever walks them, such as a CI
/// job validating a pull request. A document may expand to at most as many nodes as it has
/// bytes, plus some slack; every node of plain YAML takes at least one byte, so only aliases
/// can pass that.
enum AliasExpansionGuard {
    static let slack = 10_000

    /// The node at which the expansion ran past the budget, or nil when the document is fine.
    static func overrun(in root: Node, text: String) -> Node? {
        // Aliases need anchors: a document without `&` is walked by its reader in linear time.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return nil }
        var budget = text.utf8.count + slack
        return spend(root, &budget)
    }

    private static func spend(_ node: Node, _ budget: inout Int) -> Node? {
        budget -= 1
        guard budget >= 0 else { return node }
        switch node {
        case .scalar, .alias:
            return nil
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let overrun = spend(key, &budget) ?? spend(value, &budget) { return overrun }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let overrun = spend(item, &budget) { return overrun }
            }
        }
        return nil
    }
}
