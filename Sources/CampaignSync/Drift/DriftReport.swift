public import CampaignManifest
import Foundation

/// How the org differs from the manifests, classified for a nightly job: what changed live,
/// what is missing live, and what exists only live.
public struct DriftReport: Codable, Sendable {
    public enum Class: String, Codable, Sendable, Hashable, CaseIterable {
        /// The org has it, with other values than the manifests.
        case changed = "changed_live"
        /// The manifests have it; the org doesn't.
        case missing = "missing_live"
        /// The org has it; no manifest names it.
        case unmanaged = "unmanaged_live"
    }

    public struct Item: Codable, Sendable, Hashable {
        public var driftClass: Class
        public var resource: ResourceKind
        /// The resource's key; for contacts, `campaign/external_id`.
        public var key: String
        public var changes: [FieldChange]
        public var detail: String?
        public var source: SourceLocation?

        /// `changed live: campaign "spring" (name, priority)`, for logs.
        public var line: String {
            let fields = changes.isEmpty ? "" : " (\(changes.map(\.field).joined(separator: ", ")))"
            return
                "\(driftClass.rawValue.replacingOccurrences(of: "_", with: " ")): \(resource.rawValue) \"\(key)\"\(fields)"
        }

        enum CodingKeys: String, CodingKey {
            case driftClass = "class"
            case resource, key, changes, detail, source
        }
    }

    public var formatVersion = 1
    public var scope: PlanScope
    public var items: [Item]

    public var inSync: Bool { items.isEmpty }

    public func count(_ driftClass: Class) -> Int { items.filter { $0.driftClass == driftClass }.count }

    public var summaryLine: String {
        inSync
            ? (scope.targets == nil
                ? "In sync: the org matches the manifests." : "In sync: the targets match the manifests.")
            : "Drift: \(count(.changed)) changed live, \(count(.missing)) missing live, \(count(.unmanaged)) unmanaged live."
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case scope, items
    }
}
