/// One problem found in the manifests, located where it was written.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Where the other half of a conflict was written (e.g. the first definition of a duplicate).
    public var related: SourceLocation?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, related: SourceLocation? = nil) {
        self.severity = severity
        self.location = location
        // Whatever a message quotes, no control character reaches a terminal or a CI log.
        self.message = Snippet.controlsEscaped(message)
        self.related = related
    }

    /// `file:line:col: error: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects diagnostics while a set of manifests is read, so every problem is reported at once.
///
/// A node shared through an alias or a merge key is read once per use; what is wrong with it is
/// said once, where it was written.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    func error(_ location: SourceLocation, _ message: String, related: SourceLocation? = nil) {
        add(Diagnostic(.error, at: location, message, related: related))
    }

    func warning(_ location: SourceLocation, _ message: String) {
        add(Diagnostic(.warning, at: location, message))
    }

    private func add(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Every diagnostic in file, line, column order.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(
            \.element)
    }
}
