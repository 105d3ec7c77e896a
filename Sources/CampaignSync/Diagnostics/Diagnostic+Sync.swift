public import AnyreachClient
public import CampaignManifest

extension StaleCheck.Finding {
    /// An error when the plan is refused for it, a warning when `--on-stale=skip` leaves it out.
    public func diagnostic(_ severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(severity, .stale, at: nil, "\(object) \(reason) (operation \(operationID))")
    }
}

extension SavedPlanError: DiagnosticConvertible {
    /// Each stale object, then why the plan as a whole can't be used.
    public var diagnostics: [Diagnostic] {
        findings.map { $0.diagnostic(.error) } + [.error(.savedPlan, description)]
    }
}

extension ApplyReport {
    /// What didn't go as planned, operation by operation and contact by contact: failures are
    /// errors, what was left out or rewritten is a warning.
    public var diagnostics: [Diagnostic] {
        operations.compactMap(\.diagnostic) + staleContacts.map { $0.diagnostic(.stale, .warning, "skipped as stale") }
            + contactNotes.map {
                $0.isFailure
                    ? $0.diagnostic(.contactRefused, .error, "refused") : $0.diagnostic(.contactWarning, .warning, "")
            }
    }
}

extension ApplyReport.OperationResult {
    var diagnostic: Diagnostic? {
        let because = reason.map { ": \($0)" } ?? ""
        switch outcome {
        case .done: return nil
        case .failed: return .error(.operationFailed, at: source, "\(id) failed\(because)")
        case .skipped: return .warning(.operationSkipped, at: source, "\(id) skipped\(because)")
        case .stale: return .warning(.stale, at: source, "\(id) skipped as stale\(because)")
        case .notStarted: return .warning(.operationNotStarted, at: source, "\(id) not started\(because)")
        }
    }
}

extension ApplyReport.ContactNote {
    func diagnostic(_ kind: Diagnostic.Kind, _ severity: Diagnostic.Severity, _ what: String) -> Diagnostic {
        let contact = "contact \(Snippet(externalID ?? "?")) of \(Snippet(campaign))"
        return Diagnostic(severity, kind, at: source, "\(contact)\(what.isEmpty ? "" : " " + what): \(message)")
    }
}

extension Diagnostic {
    /// Any error a command ends with, as diagnostics: a type that explains itself, a request the
    /// API refused (its hint on a line of its own), or, as a last resort, the error's words.
    public static func describing(_ error: any Error) -> [Diagnostic] {
        switch error {
        case let convertible as any DiagnosticConvertible: convertible.diagnostics
        case let failure as APIClientError: [.error(.api, failure.summary, hint: failure.hint)]
        default: [.error(.failure, String(describing: error))]
        }
    }
}
