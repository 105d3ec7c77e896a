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
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String, related: SourceLocation? = nil) {
        diagnostics.append(Diagnostic(.error, at: location, message, related: related))
    }

    func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Every diagnostic in file, line, column order.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }
}
