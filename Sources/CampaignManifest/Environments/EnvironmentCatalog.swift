import Foundation
import Yams

/// The environments of a repository: `environments/NAME.yaml`, in the directory of the first
/// path given (or of its parent for a file) or the nearest one above it, looking no higher than
/// the working directory or a directory holding `.git`. Manifest discovery never reads a
/// directory named `environments`.
public struct EnvironmentCatalog: Sendable {
    /// The `environments` directory as shown, or nil when the repository has none.
    public var directory: String?
    /// The environments it defines, sorted.
    public var names: [String]

    public static let directoryName = "environments"

    public static func find(paths: [String]) -> EnvironmentCatalog {
        var directory = Self.startDirectory(paths.first ?? ".")
        while true {
            let candidate = directory == "." ? directoryName : directory + "/" + directoryName
            if FileEntry(candidate).kind == .directory {
                return EnvironmentCatalog(directory: candidate, names: Self.names(in: candidate))
            }
            guard let parent = Self.parent(of: directory) else { return EnvironmentCatalog(directory: nil, names: []) }
            directory = parent
        }
    }

    /// The definition of `name`, or every problem with it (an unknown name gets a did-you-mean).
    public func definition(named name: String) -> Result<EnvironmentDefinition, DiagnosticList> {
        let sink = DiagnosticSink()
        guard let directory, names.contains(name) else {
            let meant = Self.meant(name, among: names).map { " (did you mean \($0)?)" } ?? ""
            let known = names.isEmpty ? "none are defined" : "defined: \(names.joined(separator: ", "))"
            return .failure(
                DiagnosticList([
                    .error(
                        .unknownEnvironment, "no environment \(Snippet(name))\(meant): \(known)",
                        hint:
                            "an environment is a file \(self.directory ?? "environments")/NAME.yaml next to the manifests"
                    )
                ]))
        }
        let file = ManifestFile(shown: directory + "/" + name + ".yaml", real: directory + "/" + name + ".yaml")
        let reader = NodeReader(file: file.shown, sink: sink, interpolator: Interpolator(prefix: "", environment: [:]))
        guard FileEntry(file.shown).kind != .link,
            let root = ManifestParser.parse(file: file, sources: SourceFiles(), sink: sink),
            let definition = EnvironmentDefinition.decode(root, name: name, reader: reader), !sink.hasErrors
        else {
            if !sink.hasErrors {
                sink.error(
                    SourceLocation(file: file.shown, line: 1, column: 1), "an environment file must not be a link",
                    kind: .unreadableFile)
            }
            return .failure(DiagnosticList(sink.sorted))
        }
        return .success(definition)
    }

    /// The one name `word` starts (`prod` for production), or the closest within a typo's distance.
    private static func meant(_ word: String, among names: [String]) -> String? {
        let extended = names.filter { $0.hasPrefix(word) }
        return extended.count == 1 ? extended[0] : DidYouMean.suggestion(for: word, among: names)
    }

    private static func names(in directory: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return entries.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    private static func startDirectory(_ path: String) -> String {
        let normalized = ManifestPath.normalized(path)
        if FileEntry(normalized).kind == .directory { return normalized }
        let parent = (normalized as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    /// The directory above, or nil at the working directory, the top, or a repository's root.
    private static func parent(of directory: String) -> String? {
        let real = ReadBoundary.realPath(directory) ?? directory
        if directory == "." || real == FileManager.default.currentDirectoryPath || real == "/" { return nil }
        if FileEntry(directory + "/.git").kind != .unexaminable { return nil }
        let parent = (directory as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }
}
