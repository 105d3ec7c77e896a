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
        let contactFiles = ContactFileCache(sink: sink, interpolator: interpolator)
        let parsed = files.compactMap { file in ManifestParser.parse(path: file, sink: sink).map { (file, $0) } }
        var manifests: [(String, Node)] = []
        for (file, root) in parsed {
            if ContactFileCache.isContactsFile(root) {
                contactFiles.discovered[ContactFileCache.canonical(file)] = root
            } else {
                manifests.append((file, root))
            }
        }
        let fragments = manifests.map { file, root in decode(file: file, root: root, sink: sink, contactFiles: contactFiles) }
        var state = ManifestMerger(sink: sink).merge(fragments)
        state.files = manifests.map(\.0)
        ManifestChecks(sink: sink, timezones: timezones).check(&state)
        if files.isEmpty {
            sink.error(SourceLocation(file: paths.first ?? ".", line: 1, column: 1), "no *.yaml or *.yml manifests found")
        }
        return ManifestLoadResult(state: sink.hasErrors ? nil : state, diagnostics: sink.sorted, files: files)
    }

    private func decode(file: String, root: Node, sink: DiagnosticSink, contactFiles: ContactFileCache) -> ManifestFragment {
        let reader = NodeReader(file: file, sink: sink, interpolator: interpolator)
        let directory = (file as NSString).deletingLastPathComponent
        let sources = ContactSources(reader: reader, directory: directory.isEmpty ? "." : directory, files: contactFiles)
        return ManifestFileDecoder(reader: reader, timezones: timezones, sources: sources).decode(root)
    }
}
