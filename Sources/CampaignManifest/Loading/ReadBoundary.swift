import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tree a set of manifests may read from: the directories named on the command line and the
/// directory of each file named there. Manifests come from pull requests, so every file one of
/// them names (and every manifest found through a directory link) must resolve, links followed,
/// to a regular file inside this tree, checked before the file is opened: otherwise a link to
/// `/proc/self/environ` or a `../../` path would put the CI runner's secrets in a diagnostic,
/// and a FIFO or `/dev/zero` would hang the run.
struct ReadBoundary: Sendable {
    /// One root: the path as given (for messages) and its real path (for the check).
    struct Root: Sendable {
        var shown: String
        var real: String
    }

    let roots: [Root]

    /// The roots of `paths` as given on the command line (or as the names of in-memory texts).
    init(commandLinePaths paths: [String]) {
        roots = paths.compactMap { path in
            let directory = Self.isDirectory(path) ? path : (path as NSString).deletingLastPathComponent
            let shown = directory.isEmpty ? "." : ManifestPath.normalized(directory)
            return Self.realPath(shown).map { Root(shown: shown, real: $0) }
        }
    }

    /// Where `path` (already joined to the directory of the manifest naming it) really is, or why
    /// it may not be read. `written` is the path as the manifest spells it.
    func resolve(_ path: String, written: String) -> Result<String, ReadRefusal> {
        if written.hasPrefix("/") { return .failure(.absolute) }
        guard let real = Self.realPath(path) else {
            return .failure(lexicallyInside(path) ? .missing : .leavesTree)
        }
        guard contains(real) else {
            return .failure(lexicallyInside(path) ? .linksOutside : .leavesTree)
        }
        let kind = FileEntry(real).kind
        return kind == .regular ? .success(real) : .failure(.notRegular(kind))
    }

    /// The shown name of the tree, for messages: its roots as given.
    var shownRoots: String {
        roots.map { Snippet.path($0.shown).description }.joined(separator: ", ")
    }

    /// Whether a real path lies inside one of the roots.
    func contains(_ real: String) -> Bool {
        roots.contains { Self.isInside(real, $0.real) }
    }

    /// Whether `path`, with `..` folded but no link followed, stays inside a root. It tells a
    /// `../` escape apart from a link that points out.
    private func lexicallyInside(_ path: String) -> Bool {
        let absolute = Self.absolute(path)
        return roots.contains { Self.isInside(absolute, Self.absolute($0.shown)) || Self.isInside(absolute, $0.real) }
    }

    /// `path` made absolute against the working directory, `.` and `..` folded, no link followed.
    private static func absolute(_ path: String) -> String {
        ManifestPath.normalized(path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path with every link resolved (realpath(3): no file is opened), or nil when some part
    /// of it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Why a file named by a manifest may not be read.
enum ReadRefusal: Error, Equatable {
    case absolute, leavesTree, linksOutside, missing
    case notRegular(FileEntry.Kind)

    /// The sentence's predicate after the quoted path, with what to do.
    func explanation(tree: String) -> String {
        switch self {
        case .absolute:
            "is an absolute path; name files relative to the manifest, inside the tree being read (\(tree))"
        case .leavesTree:
            "leaves the tree being read (\(tree)); manifests may only name files inside it: move the file into the repository"
        case .linksOutside:
            "is a link that points outside the tree being read (\(tree)); copy the file into the repository instead of linking to it"
        case .missing:
            "does not exist"
        case .notRegular(let kind):
            "is a \(kind), not a regular file; name a regular file"
        }
    }
}
