public import AnyreachAPI
public import AnyreachModel
public import CampaignManifest

/// The difference between the manifests and the live org, as ordered operations: the one value
/// that renderers show and apply executes. `--out` writes it as JSON (`format_version` 1).
public struct Plan: Codable, Sendable {
    public static let formatVersion = 1

    public var formatVersion = Plan.formatVersion
    public var scope: PlanScope
    /// In an order that is safe to execute one by one; `dependsOn` allows more parallelism.
    public var operations: [PlanOperation]
    /// Live resources no manifest names, which this plan leaves alone.
    public var unmanaged: [UnmanagedResource]
    public var warnings: [PlanWarning]

    public init(scope: PlanScope, operations: [PlanOperation], unmanaged: [UnmanagedResource], warnings: [PlanWarning])
    {
        self.scope = scope
        self.operations = operations
        self.unmanaged = unmanaged
        self.warnings = warnings
    }

    public var hasChanges: Bool { !operations.isEmpty }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case scope, operations, unmanaged, warnings
    }
}

/// What the plan covers, printed in every header so that it can't silently widen.
public struct PlanScope: Codable, Sendable, Hashable {
    public var apiURL: String
    public var org: String?
    public var manifests: [String]
    public var configurations: [String]
    public var campaigns: [String]
    public var adHocContacts: Bool
    public var concurrency: Bool

    enum CodingKeys: String, CodingKey {
        case apiURL = "api_url"
        case org, manifests, configurations, campaigns
        case adHocContacts = "adhoc_contacts"
        case concurrency
    }
}

/// A live resource outside the manifests.
public struct UnmanagedResource: Codable, Sendable, Hashable {
    public var resource: ResourceKind
    /// Its external_id, or its UUID when it has none.
    public var key: String
    public var detail: String?
}

public struct PlanWarning: Codable, Sendable, Hashable {
    public var message: String
    public var source: SourceLocation?
}
