/// Paths as diagnostics show them: relative as given, with `.` and `dir/..` folded away, so that
/// a file reached as `campaigns/../contacts/a.csv` and found as `contacts/a.csv` has one name.
enum ManifestPath {
    /// `relative` resolved against `directory` (unless it is absolute), lexically normalized.
    static func join(_ directory: String, _ relative: String) -> String {
        relative.hasPrefix("/") ? normalized(relative) : normalized(directory + "/" + relative)
    }

    /// Drops empty and `.` components and folds `name/..`; leading `..` components stay.
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case ".." where !components.isEmpty && components.last != "..": components.removeLast()
            default: components.append(component)
            }
        }
        let joined = components.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
