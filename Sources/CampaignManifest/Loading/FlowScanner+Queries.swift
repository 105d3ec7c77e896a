extension FlowScanner {
    /// Whether the flow collection opened at `opener` is closed anywhere after it.
    static func closes(_ source: SourceText, openerAt opener: Int) -> Bool {
        var scanner = FlowScanner(source, from: opener + 1, in: [opener])
        while scanner.nextBracket() != nil {
            if scanner.open.isEmpty { return true }
        }
        return false
    }

    /// The first bracket that opens a flow collection nested more than `depth` brackets deep,
    /// with the openers around it (itself included).
    static func firstOpening(in source: SourceText, deeperThan depth: Int) -> (index: Int, open: [Int])? {
        var scanner = FlowScanner(source)
        while let bracket = scanner.nextBracket() {
            if scanner.open.count > depth, scanner.open.last == bracket { return (bracket, scanner.open) }
        }
        return nil
    }

    /// The flow collections still open at the end of the text, outermost first.
    static func openAtEnd(_ source: SourceText) -> [Int] {
        var scanner = FlowScanner(source)
        while scanner.nextBracket() != nil {}
        return scanner.open
    }
}
