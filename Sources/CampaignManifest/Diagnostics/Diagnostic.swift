/// One problem, wherever it was found: in the manifests, by the planner, by a stale check, in an
/// apply or by the command line. People read `message` and `hint`; tests and tools match `kind`.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var kind: Kind
    public var severity: Severity
    /// Where it was written, when a manifest line is behind it.
    public var location: SourceLocation?
    public var message: String
    /// What to do about it, when the message alone doesn't say.
    public var hint: String?
    /// Where the other half of a conflict was written (e.g. the first definition of a duplicate).
    public var related: SourceLocation?

    public init(
        _ severity: Severity, _ kind: Kind, at location: SourceLocation?, _ message: String, hint: String? = nil,
        related: SourceLocation? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.location = location
        // Whatever a message quotes, no control character reaches a terminal or a CI log.
        self.message = Snippet.controlsEscaped(message)
        self.hint = hint.map(Snippet.controlsEscaped)
        self.related = related
    }

    public static func error(
        _ kind: Kind, at location: SourceLocation? = nil, _ message: String, hint: String? = nil,
        related: SourceLocation? = nil
    ) -> Diagnostic {
        Diagnostic(.error, kind, at: location, message, hint: hint, related: related)
    }

    public static func warning(_ kind: Kind, at location: SourceLocation? = nil, _ message: String, hint: String? = nil)
        -> Diagnostic
    {
        Diagnostic(.warning, kind, at: location, message, hint: hint)
    }

    public var description: String { DiagnosticFormatter(isColorful: false).format(self) }

    /// Location first, then the order they were found in.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case (let left?, let right?) where left != right: left < right
            case (nil, _?): false
            case (_?, nil): true
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

/// A diagnostic thrown: a refusal that needs no type of its own.
extension Diagnostic: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { [self] }
}

/// An error that explains itself as diagnostics, so every command prints it the same way.
public protocol DiagnosticConvertible: Error {
    var diagnostics: [Diagnostic] { get }
}

/// Several problems found together, thrown as one error.
public struct DiagnosticList: DiagnosticConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// Collects diagnostics while a set of manifests is read, so every problem is reported at once.
///
/// A node shared through an alias or a merge key is read once per use; what is wrong with it is
/// said once, where it was written.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    func error(
        _ location: SourceLocation, _ message: String, kind: Diagnostic.Kind = .invalidValue, hint: String? = nil,
        related: SourceLocation? = nil
    ) {
        add(.error(kind, at: location, message, hint: hint, related: related))
    }

    func warning(_ location: SourceLocation, _ message: String, kind: Diagnostic.Kind, hint: String? = nil) {
        add(.warning(kind, at: location, message, hint: hint))
    }

    private func add(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Every diagnostic in file, line, column order.
    var sorted: [Diagnostic] { Diagnostic.sorted(diagnostics) }
}
