import Yams

/// YAML aliases repeat a node without repeating its text: nested a few levels, a dozen lines
/// stand for billions of nodes ("billion laughs") and hang whatever walks them, such as a CI
/// job validating a pull request; chained, they nest a document far deeper than any line of it,
/// past what the stack of a recursive reader holds. A document may expand to at most as many
/// nodes as it has bytes, plus some slack (every node of plain YAML takes at least one byte, so
/// only aliases can pass that), and nest at most `maxDepth` collections deep.
///
/// The guard never expands an alias: it walks the document as written, once, and an alias costs
/// the size its anchor had when it was defined. It walks a tree composed with every alias turned
/// into a plain scalar (`AliasFreeText`), so that composing can't hang either, and finds the
/// aliases and anchors in the original text at the nodes' marks.
struct AliasExpansionGuard {
    static let slack = 10_000
    /// Manifests nest about eight levels and free-form data a few more; libyaml's own limit is
    /// near 1000 and, in flow style, is checked ahead of the place it names.
    static let maxDepth = 100

    enum Problem: Error, Equatable {
        /// The expansion passes `limit` nodes at `alias` (nil if no alias was seen).
        case expansion(at: TextPosition, alias: String?, limit: Int)
        /// A collection, or an alias's expansion, nests deeper than `maxDepth`.
        case nesting(at: TextPosition, alias: String?)
    }

    /// Nodes and collection levels of a subtree as expanded (a scalar has no level).
    private struct Extent {
        var nodes: Int
        var depth: Int
    }

    /// The original text, when it may hold aliases; nil when no scalar can be one.
    private let source: SourceText?
    private let limit: Int
    private var budget: Int
    private var anchors: [String: Extent] = [:]
    private var lastAlias: (position: TextPosition, name: String)?

    /// The first problem of the document in reading order, or nil when it is fine.
    ///
    /// A text without aliases is its tree as written, already composed in time linear in its
    /// size: nothing expands, and when its bytes show it nests within the limit
    /// (`NestingBound`), there is nothing to walk for.
    static func problem(in root: Node, text: String) -> Problem? {
        let mayHoldAliases = AliasFreeText.mayHoldAliases(text)
        if !mayHoldAliases, NestingBound.of(text, upTo: maxDepth) != nil { return nil }
        let source = mayHoldAliases ? SourceText(text) : nil
        var walker = AliasExpansionGuard(source: source, budget: text.utf8.count + slack)
        do {
            _ = try walker.visit(root, level: 0)
            return nil
        } catch {
            return error
        }
    }

    private init(source: SourceText?, budget: Int) {
        self.source = source
        self.limit = budget
        self.budget = budget
    }

    private mutating func visit(_ node: Node, level parent: Int) throws(Problem) -> Extent {
        if source != nil, let alias = aliasName(node) { return try expand(alias, at: position(node), level: parent) }
        let own = node.scalar == nil ? 1 : 0
        if parent + own > Self.maxDepth { throw .nesting(at: position(node), alias: nil) }
        try spend(1, at: node)
        var extent = Extent(nodes: 1, depth: own)
        // Children visited in place: a manifest of 100,000 contacts has millions of nodes, and
        // copying each mapping's keys and values into an array first doubled the walk's cost.
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                try add(visit(key, level: parent + own), own: own, to: &extent)
                try add(visit(value, level: parent + own), own: own, to: &extent)
            }
        case .sequence(let sequence):
            for item in sequence { try add(visit(item, level: parent + own), own: own, to: &extent) }
        case .scalar, .alias:
            break
        }
        if source != nil, let anchor = anchorName(node) { anchors[anchor] = extent }
        return extent
    }

    private func add(_ inner: Extent, own: Int, to extent: inout Extent) {
        extent.nodes += inner.nodes
        extent.depth = max(extent.depth, own + inner.depth)
    }

    /// An alias costs what its anchor cost; an unknown one is left to the composer's error.
    private mutating func expand(_ name: String, at position: TextPosition, level: Int) throws(Problem) -> Extent {
        let extent = anchors[name] ?? Extent(nodes: 1, depth: 0)
        if level + extent.depth > Self.maxDepth { throw .nesting(at: position, alias: name) }
        lastAlias = (position, name)
        try spend(extent.nodes, at: position)
        return extent
    }

    /// A node's cost, its position worked out only when it is the one that overruns.
    private mutating func spend(_ nodes: Int, at node: Node) throws(Problem) {
        budget -= nodes
        guard budget < 0 else { return }
        throw .expansion(at: lastAlias?.position ?? position(node), alias: lastAlias?.name, limit: limit)
    }

    /// Every anchor's cost was spent when it was written, so sums stay below the budget.
    private mutating func spend(_ nodes: Int, at position: TextPosition) throws(Problem) {
        budget -= nodes
        guard budget < 0 else { return }
        throw .expansion(at: lastAlias?.position ?? position, alias: lastAlias?.name, limit: limit)
    }

    private func position(_ node: Node) -> TextPosition {
        node.mark.map(TextPosition.init) ?? TextPosition(line: 1, column: 1)
    }
}

extension AliasExpansionGuard {
    /// The name of the alias a scalar stands for: aliases became plain scalars where `*` stood.
    private func aliasName(_ node: Node) -> String? {
        guard let source, let scalar = node.scalar, scalar.style == .plain,
            let index = source.index(of: scalar.mark), source[index] == "*"
        else { return nil }
        return source.name(at: index + 1)
    }

    /// The anchor a node carries: its properties (`&name`, `!tag`, either order) start at its
    /// mark, except that a block mapping starts where its first key does, properties included.
    private func anchorName(_ node: Node) -> String? {
        guard let source, var index = source.index(of: node.mark) else { return nil }
        if let first = node.mapping?.first, first.key.mark.map(TextPosition.init) == node.mark.map(TextPosition.init) {
            return nil
        }
        for _ in 0..<2 {
            switch source[index] {
            case "&": return source.name(at: index + 1)
            case "!": index = source.indexAfterTag(index)
            default: return nil
            }
        }
        return nil
    }
}
