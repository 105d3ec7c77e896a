public import ScheduleRules

/// What may be deleted, written in the manifests so that reviewers see it (off unless said).
public struct PolicySpec: Hashable, Sendable {
    /// Delete live configurations that no manifest names.
    public var pruneConfigurations = false
    /// Close live campaigns that no manifest names (the API has no campaign delete; closing is final).
    public var pruneCampaigns = false
    /// The default for campaigns' `prune_contacts`.
    public var pruneContacts = false
    /// The mass-delete guard: a plan deleting more than `maxDeletePercent` of a kind's live
    /// resources, and more than `minDeleteCount` of them, is refused unless allowed explicitly.
    public var maxDeletePercent: Double = 10
    public var minDeleteCount = 5
    /// Prune closes of campaigns that still hold pending contacts allowed without the flag:
    /// closing is final, so by default none is.
    public var maxClosesWithPending = 0
    /// Live resources the repository doesn't manage: drift and prune leave them alone.
    public var ignore = IgnoreRules()
    /// `policy.calling_hours`: the band calls may start in, and whether leaving it is an error.
    public var callingHours: CallingHoursSpec?
    /// `policy.suppress`: numbers never to call, from every list named.
    public var suppression = SuppressionList()
    public var location: SourceLocation?

    public init() {}

    /// What `policy.mass_delete` accepts: a percentage, and counts an int32 holds.
    public static let percentRange: ClosedRange<Double> = 0...100
    public static let countRange = 0...Int(Int32.max)

    /// Whether a plan may close campaigns or delete configurations the manifests don't name.
    public var prunesResources: Bool { pruneCampaigns || pruneConfigurations }
}

/// `policy.ignore`: keys (globs with `*` and `?`) of live configurations and campaigns that
/// the repository leaves to someone else.
public struct IgnoreRules: Hashable, Sendable {
    public var configurations: [String] = []
    public var campaigns: [String] = []

    public init(configurations: [String] = [], campaigns: [String] = []) {
        self.configurations = configurations
        self.campaigns = campaigns
    }

    public func ignores(configuration key: String) -> Bool { configurations.contains { Glob.matches($0, key) } }
    public func ignores(campaign key: String) -> Bool { campaigns.contains { Glob.matches($0, key) } }
}

/// Shell-style patterns over keys: `*` any run of characters, `?` one, everything else itself.
public enum Glob {
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        matches(Array(pattern.unicodeScalars)[...], Array(text.unicodeScalars)[...])
    }

    /// Iterative with one backtrack point, so a pattern of many stars can't take exponential time.
    private static func matches(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var (p, t) = (pattern.startIndex, text.startIndex)
        var star: (p: Int, t: Int)?
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.endIndex, pattern[p] == "*" {
                star = (p, t)
                p += 1
            } else if let last = star {
                p = last.p + 1
                t = last.t + 1
                star = (last.p, last.t + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }
}

/// Everything the manifests say the org should be, checked and merged across files.
public struct DesiredState: Hashable, Sendable {
    public var configurations: [ConfigurationSpec] = []
    /// `live_configurations`: configurations that exist only in the live org, which campaigns may
    /// name without a warning and which the plan never prunes or lists as unmanaged.
    public var liveConfigurations: Set<String> = []
    public var campaigns: [CampaignSpec] = []
    public var adHocContacts: AdHocContactsSpec?
    public var concurrency: ConcurrencySpec?
    public var policy = PolicySpec()
    /// The manifest files read, relative as given.
    public var files: [String] = []
    /// Every file read (contacts files too) with the digest of its bytes; nil when the state
    /// was not loaded from files.
    public var digest: ManifestDigest?
    /// Whether those are every manifest of the repository (nil without `policy:` or for texts).
    public var coverage: RepositoryCoverage?

    public init() {}

    /// Every name a campaign of the manifests goes by: its key, the keys it had before a rename,
    /// and the UUID it adopts. A live campaign under any of them is not someone else's.
    public var campaignNames: Set<String> {
        Set(campaigns.flatMap(\.names))
    }

    public var contactCount: Int {
        campaigns.reduce(adHocContacts?.contacts.count ?? 0) { $0 + $1.contacts.count }
    }
}

/// `policy.calling_hours` as written.
public struct CallingHoursSpec: Hashable, Sendable {
    public var hours: CallingHours
    /// `enforce: error`: a window outside the band is an error, not a warning.
    public var isError: Bool
    public var location: SourceLocation
}
