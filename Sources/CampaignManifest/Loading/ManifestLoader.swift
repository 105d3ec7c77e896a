public import ScheduleRules
import Foundation
import Yams

/// What loading a set of manifests produced: the desired state when nothing failed, and every
/// diagnostic either way.
public struct ManifestLoadResult: Sendable {
    /// Nil when any file failed to load or any check failed: nothing downstream may plan from a
    /// partial picture (a missing file must never look like resources to delete).
    public var state: DesiredState?
    public var diagnostics: [Diagnostic]
    public var files: [String]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Turns manifest files into a validated `DesiredState`: discover, parse, decode, merge, check.
public struct ManifestLoader: Sendable {
    public var interpolator: Interpolator
    public var timezones: TimezoneDatabase

    public init(interpolator: Interpolator, timezones: TimezoneDatabase = .system) {
        self.interpolator = interpolator
        self.timezones = timezones
    }

    public func load(paths: [String]) -> ManifestLoadResult {
        let sink = DiagnosticSink()
        let files: [String]
        do {
            files = try ManifestDiscovery.files(in: paths.isEmpty ? ["."] : paths)
        } catch {
            sink.error(SourceLocation(file: error.path, line: 1, column: 1), error.description)
            return ManifestLoadResult(state: nil, diagnostics: sink.sorted, files: [])
        }
        if files.isEmpty {
            sink.error(SourceLocation(file: paths.first ?? ".", line: 1, column: 1), "no *.yaml or *.yml manifests found")
        }
        return load(files.map { ($0, ManifestParser.parse(path: $0, sink: sink)) }, sink: sink)
    }

    /// The same pipeline over texts in memory, each named as a file would be (for tests and
    /// fuzzing; contacts files they name are still read from disk).
    func load(texts: [(name: String, text: String)]) -> ManifestLoadResult {
        let sink = DiagnosticSink()
        return load(texts.map { ($0.name, ManifestParser.parse(text: $0.text, file: $0.name, sink: sink)) }, sink: sink)
    }

    /// Sorts parsed files into manifests and contacts files, then decodes, merges and checks.
    /// A file that failed to parse (root nil) was reported already and leaves the state nil.
    private func load(_ parsed: consuming [(file: String, root: Node?)], sink: DiagnosticSink) -> ManifestLoadResult {
        let files = parsed.map(\.file)
        // The YAML trees go once decoded, and the fragments once merged, so that the state owns
        // its contacts alone: the checks then normalize a million of them in place, not a copy.
        let (fragments, manifestFiles) = decodeAll(consume parsed, sink: sink)
        var checks = ManifestChecks(sink: sink, timezones: timezones)
        checks.brokenConfigurations = Set(fragments.flatMap(\.brokenConfigurations))
        var state = ManifestMerger(sink: sink).merge(consume fragments)
        state.files = manifestFiles
        checks.check(&state)
        return ManifestLoadResult(state: sink.hasErrors ? nil : state, diagnostics: sink.sorted, files: files)
    }

    /// One fragment per manifest, and the manifests' names; contacts files are set aside for the
    /// manifests that name them. The cache of contacts files (and its YAML trees) ends here.
    private func decodeAll(_ parsed: [(file: String, root: Node?)], sink: DiagnosticSink) -> ([ManifestFragment], [String]) {
        let contactFiles = ContactFileCache(sink: sink, interpolator: interpolator)
        var manifests: [(String, Node)] = []
        for (file, root) in parsed {
            guard let root else {
                contactFiles.failed.insert(ContactFileCache.canonical(file))
                continue
            }
            if ContactFileCache.isContactsFile(root) {
                contactFiles.discovered[ContactFileCache.canonical(file)] = root
            } else {
                manifests.append((file, root))
            }
        }
        return (manifests.map { file, root in decode(file: file, root: root, sink: sink, contactFiles: contactFiles) }, manifests.map(\.0))
    }

    private func decode(file: String, root: Node, sink: DiagnosticSink, contactFiles: ContactFileCache) -> ManifestFragment {
        let reader = NodeReader(file: file, sink: sink, interpolator: interpolator)
        let directory = (file as NSString).deletingLastPathComponent
        let sources = ContactSources(reader: reader, directory: directory.isEmpty ? "." : directory, files: contactFiles)
        return ManifestFileDecoder(reader: reader, timezones: timezones, sources: sources).decode(root)
    }
}
