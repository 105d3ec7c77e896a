import Foundation

/// Whether the manifests read are the whole repository. The repository's root is the directory
/// of the manifest that holds `policy:` (where pruning is switched on); a plan that prunes may
/// only be made from every manifest under it, or one file passed alone (as a Terraform user
/// passes one) would read as "everything else is gone".
public struct RepositoryCoverage: Hashable, Sendable {
    /// The root, as shown.
    public var root: String
    /// Manifests under the root that the paths given left out.
    public var missing: [String]

    public var isWhole: Bool { missing.isEmpty }

    /// The manifests under the directory of `policyFile` that `read` (real paths of manifests
    /// and contacts files read) doesn't hold; contacts files nobody named don't count.
    static func of(policyFile: String, read: Set<String>, environments: [String] = []) -> RepositoryCoverage {
        let directory = (policyFile as NSString).deletingLastPathComponent
        let root = directory.isEmpty ? "." : directory
        guard let found = try? ManifestDiscovery.files(in: [root], boundary: ReadBoundary(commandLinePaths: [root]))
        else { return RepositoryCoverage(root: root, missing: []) }
        // Overlays of environments not selected are no manifests of this run.
        let missing = found.files.filter {
            !read.contains($0.real) && Overlay.environment(of: $0, among: environments) == nil && !isContactsFile($0)
        }.map(\.shown)
        return RepositoryCoverage(root: root, missing: missing)
    }

    /// A contacts file (`contacts:` alone) is read through the manifest that names it. (Read
    /// only to tell; the plan is not made from it, so its digest is not kept.)
    private static func isContactsFile(_ file: ManifestFile) -> Bool {
        guard let root = ManifestParser.parse(file: file, sources: SourceFiles(), sink: DiagnosticSink()) else {
            return false
        }
        return ContactFileCache.isContactsFile(root)
    }
}
