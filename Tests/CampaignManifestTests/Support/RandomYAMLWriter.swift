import TestSupport

/// Random YAML texts for `NestingBoundTests`: trees nested up to a depth, written in block or
/// flow style at random, with compact (`- - a`, `- k: v`) and indentless sequences, explicit
/// keys, pairs in flow sequences, quoted scalars full of indicators, comments, tabs and CRLF.
/// Not every text is valid YAML; the test keeps those that compose.
struct RandomYAMLWriter {
    var random: SeededRandom
    private var counter = 0

    init(random: SeededRandom) {
        self.random = random
    }

    mutating func document(depth: Int) -> String {
        let lines = block(depth: depth, indent: 0)
        return lines.joined(separator: chance(0.05) ? "\r\n" : "\n") + "\n"
    }

    /// A collection nested `depth` levels (at least one child goes all the way) as block lines,
    /// each indented at least `indent` spaces.
    private mutating func block(depth: Int, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        let count = Int.random(in: 1...3, using: &random)
        let mapping = chance(0.6)
        for item in 0..<count {
            let childDepth = item == 0 ? depth - 1 : Int.random(in: 0...min(2, max(0, depth - 1)), using: &random)
            if mapping {
                let key = chance(0.1) ? "? \(scalar())" : "\(name()):"
                let value = node(depth: childDepth, indent: indent, indentless: true)
                if key.hasPrefix("?") {
                    lines.append(pad + key)
                    lines += attach(":", value, indent: indent)
                } else {
                    lines += attach(key, value, indent: indent)
                }
            } else {
                lines += attach("-", node(depth: childDepth, indent: indent + 2, indentless: false), indent: indent)
            }
        }
        return lines
    }

    /// What follows a key or `-`: a scalar or flow collection on its line, or block lines.
    private enum Value {
        case inline(String)
        case lines([String], compact: Bool)
    }

    private mutating func node(depth: Int, indent: Int, indentless: Bool) -> Value {
        if depth <= 0 { return .inline(scalar() + (chance(0.1) ? " # ] } [" : "")) }
        if chance(0.3) { return .inline(flow(depth: depth)) }
        if indentless, chance(0.3) { return .lines(block(depth: depth, indent: indent), compact: false) }
        let deeper = indent + Int.random(in: 1...3, using: &random)
        return .lines(block(depth: depth, indent: deeper), compact: chance(0.5))
    }

    private mutating func attach(_ head: String, _ value: Value, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .inline(let text):
            // A tab may follow a key's `:`, not an indicator that allows a key after it.
            let tab = head != "-" && head != ":" && chance(0.1)
            return [pad + head + (tab ? "\t" : " ") + text]
        case .lines(let lines, compact: true) where head == "-" || head == ":":
            // `- k: v` / `- - a`: the first line moves up beside the indicator, keeping its column.
            let first = lines[0]
            let column = first.prefix { $0 == " " }.count
            guard column >= indent + 2 else { return [pad + head] + lines }
            let spaces = String(repeating: " ", count: column - indent - 1)
            return [pad + head + spaces + first.dropFirst(column)] + lines.dropFirst()
        case .lines(let lines, _):
            return [pad + head + (chance(0.1) ? " # [[" : "")] + lines
        }
    }

    /// A flow collection nested `depth` levels, now and then a pair in a sequence (`[a: b]`)
    /// or a line break inside.
    private mutating func flow(depth: Int) -> String {
        guard depth > 0 else { return scalar() }
        let count = Int.random(in: 1...3, using: &random)
        let items = (0..<count).map { item in
            let childDepth = item == 0 ? depth - 1 : Int.random(in: 0...min(2, max(0, depth - 1)), using: &random)
            return flow(depth: childDepth)
        }
        let comma = chance(0.01) ? ",\n  " : chance(0.2) ? "," : ", "
        if chance(0.5) {
            let pairs = items.map { "\(name()): \($0)" }
            return "{" + pairs.joined(separator: comma) + "}"
        }
        let entries = items.map { chance(0.2) ? "\(name()): \($0)" : $0 }
        return "[" + entries.joined(separator: comma) + "]"
    }

    private mutating func scalar() -> String {
        let scalars = [
            "a", "b c", "\"q [ {x - x: y\"", "'s '' ] } - '", "-x", "x:y", "12:30", "~", "é ü", "\"\\\" ]\"", "''",
        ]
        // A bracket after a blank in a quoted scalar may be a flow collection's as far as the
        // bound can tell: now and then one that it can't read (a comment) sends it to the walk.
        return chance(0.01) ? "\"[ # ]\"" : scalars.randomElement(using: &random)!
    }

    /// A key no other key repeats (duplicate keys don't compose).
    private mutating func name() -> String {
        counter += 1
        return chance(0.1) ? "\"k[\(counter)\"" : "k\(counter)"
    }

    private mutating func chance(_ probability: Double) -> Bool {
        random.chance(probability)
    }
}
