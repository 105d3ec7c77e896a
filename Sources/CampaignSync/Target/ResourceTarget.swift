import AnyreachModel
import CampaignManifest

/// One `--target KIND/KEY`: the resources a partial plan (or drift, or export) is limited to.
/// Keys are shell-style globs (`campaign/spring-*`); `adhoc` and `concurrency` take none.
public struct ResourceTarget: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        /// A configuration.
        case configuration
        /// A campaign with its contacts.
        case campaign
        /// A campaign's contacts alone.
        case contacts
        /// The ad-hoc contacts.
        case adhoc
        /// The org's concurrency limit.
        case concurrency

        var takesKey: Bool { self == .configuration || self == .campaign || self == .contacts }
    }

    public var kind: Kind
    /// A glob over keys (external_ids, or UUIDs of resources that have none); `*` for kinds
    /// without keys.
    public var pattern: String

    public init(kind: Kind, pattern: String = "*") {
        self.kind = kind
        self.pattern = pattern
    }

    /// `KIND/KEY`, `adhoc` or `concurrency`; the error says what is wrong and what was meant.
    public init(parsing text: String) throws(ResourceTargetError) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let kind = Kind(rawValue: parts[0]) else {
            throw ResourceTargetError(
                text: text, problem: "\(Snippet(parts[0])) is not a kind of resource",
                suggestion: Self.kind(meant: parts[0]).map {
                    ([$0.rawValue] + parts.dropFirst()).joined(separator: "/")
                })
        }
        let key = parts.count > 1 ? parts[1] : nil
        switch (kind.takesKey, key) {
        case (true, nil), (true, ""?):
            throw ResourceTargetError(text: text, problem: "a \(kind.rawValue) target names its key: \(kind)/KEY")
        case (false, let key?) where key != "*":
            throw ResourceTargetError(text: text, problem: "\(kind.rawValue) has no key: write \(kind.rawValue)")
        default:
            self.init(kind: kind, pattern: key ?? "*")
        }
    }

    /// `campaigns` for `campaign`, or the kind within a typo's distance.
    private static func kind(meant word: String) -> Kind? {
        if word.hasSuffix("s"), let kind = Kind(rawValue: String(word.dropLast())) { return kind }
        return DidYouMean.suggestion(for: word, among: Kind.allCases.map(\.rawValue)).flatMap(Kind.init)
    }

    public var description: String { kind.takesKey ? "\(kind.rawValue)/\(pattern)" : kind.rawValue }

    /// Whether this target names a resource of `resource` kind known by `names` (its key, and
    /// its UUID when live). A campaign target takes the campaign's contacts too.
    public func selects(_ resource: ResourceKind, names: [String]) -> Bool {
        let isAdHoc = resource == .contacts && names.first == Contract.adHocCampaignID
        switch kind {
        case .configuration: return resource == .configuration && matches(names)
        case .campaign: return (resource == .campaign || resource == .contacts && !isAdHoc) && matches(names)
        case .contacts: return resource == .contacts && !isAdHoc && matches(names)
        case .adhoc: return isAdHoc
        case .concurrency: return resource == .concurrency
        }
    }

    func matches(_ names: [String]) -> Bool { names.contains { Glob.matches(pattern, $0) } }
}

/// A `--target` that can't be read.
public struct ResourceTargetError: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var problem: String
    public var suggestion: String? = nil

    public var description: String { "--target \(Snippet(text)): \(reason)" }

    /// What is wrong, without the target itself (for messages that show it already).
    public var reason: String {
        let kinds = ResourceTarget.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        let meant = suggestion.map { " (did you mean \($0)?)" } ?? ""
        return "\(problem)\(meant); kinds: \(kinds)"
    }
}

extension [ResourceTarget] {
    /// Whether a target names the campaign known by `names` (its key, its UUID), or its contacts.
    func selectCampaign(named names: [String]) -> Bool {
        contains { $0.selects(.campaign, names: names) || $0.selects(.contacts, names: names) }
    }

    /// Whether a target names the configuration known by `names`.
    func selectConfiguration(named names: [String]) -> Bool {
        contains { $0.selects(.configuration, names: names) }
    }
}
