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
public struct PlanFailure: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Hashable, Codable {
        public var message: String
        public var source: SourceLocation?
    }

    public var problems: [Problem]

    public var description: String {
        problems.map { problem in
            problem.source.map { "\($0): error: \(problem.message)" } ?? "error: \(problem.message)"
        }.joined(separator: "\n")
    }
}
