import AnyreachModel
import Yams

/// The keys under a manifest's top-level `campaigns:`, read from its parsed YAML as written:
/// no merge keys, no checks beyond the key's own. A guess at the campaigns the manifests name,
/// for work that may start before they are decoded and that is only faster when it is right.
///
/// The YAML comes from a pull request and nothing of it is checked yet, so only keys the
/// decoder could take as they are (an external_id's length, no `${…}` to interpolate) are
/// given, and none at all from manifests naming more than `limit` campaigns.
enum CampaignKeyScan {
    static let limit = 256

    static func keys(in roots: [Node?]) -> [String] {
        let keys = roots.flatMap(keys(in:))
        return keys.count <= limit ? keys : []
    }

    private static func keys(in root: Node?) -> [String] {
        guard case .mapping(let top) = root, case .mapping(let campaigns) = top["campaigns"] else { return [] }
        return campaigns.keys.compactMap(\.string).filter {
            Contract.externalIDLength.contains(Contract.length(of: $0)) && !$0.contains("${")
        }
    }
}
