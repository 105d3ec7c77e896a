/// The one way a diagnostic becomes text: `file:line:col: error: message`, as compilers print
/// it, with the hint on an indented line. Colour only where the caller knows a terminal that
/// wants it (never with `NO_COLOR`) is reading.
public struct DiagnosticFormatter: Sendable {
    public var isColorful: Bool

    public init(isColorful: Bool) {
        self.isColorful = isColorful
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let label = paint("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? "1;31" : "1;33")
        let hint = diagnostic.hint.map { "\n  " + paint("hint:", "1;36") + " " + $0 } ?? ""
        return place + label + " " + diagnostic.message + hint
    }

    /// At most `limit` diagnostics of each kind, then one line counting the rest of that kind:
    /// 100,000 stale contacts are a count, not a screenful.
    public func format(_ diagnostics: [Diagnostic], limitPerKind limit: Int = .max) -> [String] {
        var shown: [Diagnostic.Kind: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            shown[diagnostic.kind, default: 0] += 1
            if shown[diagnostic.kind]! <= limit { lines.append(format(diagnostic)) }
        }
        for (kind, count) in shown.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > limit {
            lines.append("… and \(count - limit) more \(kind)")
        }
        return lines
    }

    public func paint(_ text: String, _ code: String) -> String {
        isColorful ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
