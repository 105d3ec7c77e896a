public import AnyreachAPI
public import AnyreachModel
public import CampaignManifest
public import ScheduleRules

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
    public var warnings: [Diagnostic]
    /// What `policy.suppress` kept from being called, per campaign (empty without a list).
    public var suppressed: [SuppressionReport] = []
    /// The manifests' `policy.calling_hours` band, nil when they set none (08:00–21:00 is then
    /// checked, as `validate` does): the band the markdown's schedule grids mark.
    public var callingHours: CallingHours?

    public init(
        scope: PlanScope, operations: [PlanOperation], unmanaged: [UnmanagedResource], warnings: [Diagnostic],
        suppressed: [SuppressionReport] = [], callingHours: CallingHours? = nil
    ) {
        self.scope = scope
        self.operations = operations
        self.unmanaged = unmanaged
        self.warnings = warnings
        self.suppressed = suppressed
        self.callingHours = callingHours
    }

    /// The band windows are drawn and checked against.
    public var band: CallingHours { callingHours ?? .usual }

    public var hasChanges: Bool { !operations.isEmpty }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case scope, operations, unmanaged, warnings, suppressed
        case callingHours = "calling_hours"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        scope = try container.decode(PlanScope.self, forKey: .scope)
        operations = try container.decode([PlanOperation].self, forKey: .operations)
        unmanaged = try container.decode([UnmanagedResource].self, forKey: .unmanaged)
        warnings = try container.decode([PlanWarning].self, forKey: .warnings).map(\.diagnostic)
        // Plans saved before suppression lists existed have no such key.
        suppressed = try container.decodeIfPresent([SuppressionReport].self, forKey: .suppressed) ?? []
        callingHours = try container.decodeIfPresent(CallingHours.self, forKey: .callingHours)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(scope, forKey: .scope)
        try container.encode(operations, forKey: .operations)
        try container.encode(unmanaged, forKey: .unmanaged)
        try container.encode(warnings.map(PlanWarning.init), forKey: .warnings)
        if !suppressed.isEmpty { try container.encode(suppressed, forKey: .suppressed) }
        try container.encodeIfPresent(callingHours, forKey: .callingHours)
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
    /// The files the plan was made from and the digest of each (nil in plans saved before
    /// campaignctl recorded it): `apply --plan FILE PATH...` holds the manifests at PATH to it.
    public var manifestsDigest: ManifestDigest? = nil
    /// `--target` as given, when the plan is partial: only these resources and the operations
    /// they depend on were planned (nil for a whole plan).
    public var targets: [String]? = nil
    /// The environment (`--env`) the plan was made for, nil without one.
    public var environment: String? = nil

    enum CodingKeys: String, CodingKey {
        case apiURL = "api_url"
        case org, manifests, configurations, campaigns
        case adHocContacts = "adhoc_contacts"
        case concurrency
        case manifestsDigest = "manifests_digest"
        case targets, environment
    }
}

/// A live resource outside the manifests.
public struct UnmanagedResource: Codable, Sendable, Hashable {
    public var resource: ResourceKind
    /// Its external_id, or its UUID when it has none.
    public var key: String
    public var detail: String?
}

/// A plan's warning as plan files spell it (`docs/plan-json.md`): `source` where diagnostics say
/// `location`, and a `kind` that files saved before it existed lack.
struct PlanWarning: Codable, Sendable, Hashable {
    var kind: Diagnostic.Kind?
    var message: String
    var source: SourceLocation?
    var hint: String?

    init(_ diagnostic: Diagnostic) {
        kind = diagnostic.kind
        message = diagnostic.message
        source = diagnostic.location
        hint = diagnostic.hint
    }

    var diagnostic: Diagnostic {
        .warning(kind ?? .planWarning, at: source, message, hint: hint)
    }
}
