import Foundation

/// Finds the manifest files named on the command line: files as given, directories searched
/// recursively for `*.yaml` and `*.yml`, in a stable order.
enum ManifestDiscovery {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var description: String { "'\(path)' does not exist" }
    }

    static func files(in paths: [String]) throws(Failure) -> [String] {
        var found: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Failure(path: path) }
            found += isDirectory.boolValue ? yamlFiles(under: path) : [ManifestPath.normalized(path)]
        }
        var seen: Set<String> = []
        return found.filter { seen.insert(ContactFileCache.canonical($0)).inserted }
    }

    private static func yamlFiles(under directory: String) -> [String] {
        // The enumerator doesn't descend into a symlink it is given: a linked directory named on
        // the command line is searched through its target, and shown by the name it was given.
        let target = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: target) else { return [] }
        let normalized = ManifestPath.normalized(directory)
        let prefix = normalized == "." ? "" : (normalized == "/" ? "/" : normalized + "/")
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if isDirectory(prefix + relative) { enumerator.skipDescendants() }
                continue
            }
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append(prefix + relative) }
        }
        return files.sorted()
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
