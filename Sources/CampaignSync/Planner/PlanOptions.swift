public import CampaignManifest

/// Choices of the person running `plan`.
public struct PlanOptions: Sendable {
    /// Lets a plan delete more than the manifests' mass-delete guard allows.
    public var allowMassDelete: Bool
    public var apiURL: String
    public var org: String?

    public init(allowMassDelete: Bool = false, apiURL: String, org: String? = nil) {
        self.allowMassDelete = allowMassDelete
        self.apiURL = apiURL
        self.org = org
    }
}

/// Why no plan could be made: each problem with the manifest line behind it.
public struct PlanFailure: DiagnosticConvertible, Sendable, CustomStringConvertible {
    public var problems: [Diagnostic]

    public var diagnostics: [Diagnostic] { problems + [.error(.noPlan, "no plan was made")] }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
