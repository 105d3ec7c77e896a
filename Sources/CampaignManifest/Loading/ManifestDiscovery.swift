import Foundation

/// A manifest file: its name as diagnostics show it, and where it really is (links resolved).
struct ManifestFile: Hashable, Sendable {
    var shown: String
    var real: String
}

/// Finds the manifest files named on the command line: files as given, directories searched
/// recursively for `*.yaml` and `*.yml`, in a stable order. Links inside a directory are followed
/// only while they stay inside the tree being read; one that points out, or a `.yaml` that is not
/// a regular file, is refused where it stands.
enum ManifestDiscovery {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(Snippet.path(path)) does not exist" }
    }

    struct Found {
        var files: [ManifestFile] = []
        var refused: [(path: String, refusal: ReadRefusal)] = []
        /// Real paths of the files found, so a file reached twice is read once.
        fileprivate var seen: Set<String> = []
        /// Directory links to search once the physical tree has been: a file reached both ways
        /// keeps the name it has where it really is.
        fileprivate var links: [(shown: String, real: String)] = []

        fileprivate mutating func add(_ file: ManifestFile) {
            if seen.insert(file.real).inserted { files.append(file) }
        }
    }

    /// The files `paths` name, directories searched; nil when a path doesn't exist. Files
    /// refused (links out of the tree, FIFOs) and finding none are reported.
    static func found(in paths: [String], boundary: ReadBoundary, sink: DiagnosticSink) -> Found? {
        let found: Found
        do {
            found = try files(in: paths, boundary: boundary)
        } catch {
            sink.error(SourceLocation(file: error.path, line: 1, column: 1), error.description, kind: .unreadableFile)
            return nil
        }
        for (path, refusal) in found.refused {
            sink.error(
                SourceLocation(file: path, line: 1, column: 1),
                "\(Snippet.path(path)) \(refusal.explanation(tree: boundary.shownRoots))", kind: .unreadableFile)
        }
        if found.files.isEmpty && found.refused.isEmpty {
            sink.error(
                SourceLocation(file: paths[0], line: 1, column: 1), "no *.yaml or *.yml manifests found",
                kind: .noManifests)
        }
        return found
    }

    static func files(in paths: [String], boundary: ReadBoundary) throws(Failure) -> Found {
        var found = Found()
        var visited: Set<String> = []
        for path in paths {
            guard let real = ReadBoundary.realPath(path) else { throw Failure(path: path) }
            guard FileEntry(real).kind == .directory else {
                found.add(ManifestFile(shown: ManifestPath.normalized(path), real: real))
                continue
            }
            let shown = ManifestPath.normalized(path)
            let start = found.files.count
            found.links = [(shown == "." ? "" : (shown == "/" ? "/" : shown + "/"), real)]
            while !found.links.isEmpty {
                let (prefix, directory) = found.links.removeFirst()
                walk(prefix, directory, boundary, &visited, &found)
            }
            found.files[start...].sort { $0.shown < $1.shown }
        }
        return found
    }

    /// Adds the manifests under the directory `real`, shown with `prefix`; each real directory is
    /// searched once, so a link back up the tree ends.
    private static func walk(
        _ prefix: String, _ real: String, _ boundary: ReadBoundary, _ visited: inout Set<String>, _ found: inout Found
    ) {
        guard visited.insert(real).inserted else { return }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
        // `environments/` holds environment definitions (`EnvironmentCatalog`), never manifests.
        for name in names where !name.hasPrefix(".") && name != EnvironmentCatalog.directoryName {
            let entry = Entry(shown: prefix + name, path: real + "/" + name)
            switch entry.classify(boundary) {
            case .directory(let target) where entry.isLink: found.links.append((entry.shown + "/", target))
            case .directory(let target): walk(entry.shown + "/", target, boundary, &visited, &found)
            case .file(let target) where isManifestName(name):
                found.add(ManifestFile(shown: entry.shown, real: target))
            case .outside(let isDirectory) where isDirectory || isManifestName(name):
                found.refused.append((entry.shown, .linksOutside))
            case .refused(let refusal) where isManifestName(name):
                found.refused.append((entry.shown, refusal))
            default: continue
            }
        }
    }

    private static func isManifestName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// One directory entry, and what following it leads to.
    private struct Entry {
        enum Kind {
            case directory(String), file(String), refused(ReadRefusal)
            /// A link out of the tree: refused when it leads to a directory or a manifest, left
            /// alone otherwise (a contacts file is refused where a manifest names it).
            case outside(isDirectory: Bool)
        }

        var shown: String
        var path: String

        var isLink: Bool {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        }

        func classify(_ boundary: ReadBoundary) -> Kind {
            guard let target = ReadBoundary.realPath(path) else { return .refused(.missing) }
            guard boundary.contains(target) else {
                return .outside(isDirectory: FileEntry(target).kind == .directory)
            }
            switch FileEntry(target).kind {
            case .regular: return .file(target)
            case .directory: return .directory(target)
            case let kind: return .refused(.notRegular(kind))
            }
        }
    }
}
