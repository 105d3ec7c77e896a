import Foundation
public import ScheduleRules
import Yams

/// What loading a set of manifests produced: the desired state when nothing failed, and every
/// diagnostic either way.
public struct ManifestLoadResult: Sendable {
    /// Nil when any file failed to load or any check failed: nothing downstream may plan from a
    /// partial picture (a missing file must never look like resources to delete).
    public var state: DesiredState?
    public var diagnostics: [Diagnostic]
    public var files: [String]
    /// Every file read and the digest of its bytes, whether or not the load succeeded.
    public var digest = ManifestDigest()

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Turns manifest files into a validated `DesiredState`: discover, parse, decode, merge, check.
public struct ManifestLoader: Sendable {
    public var interpolator: Interpolator
    /// The tz database zones are checked against: the machine's unless one is given. The
    /// machine's is read (about 16 ms) when a load first needs it, on the loading thread, after
    /// `onCampaignKeys`: not before the plan's first request.
    public var timezones: TimezoneDatabase {
        get { givenTimezones ?? .system }
        set { givenTimezones = newValue }
    }
    private var givenTimezones: TimezoneDatabase?
    /// `validate --strict`: a campaign's configuration that no manifest defines or lists in
    /// `live_configurations` is an error, not a warning.
    public var strict = false
    /// `--env NAME`: its overlay files (`STEM.NAME.yaml`) are merged into their base files.
    /// Overlays of the repository's other environments are never read as manifests.
    public var environment: String?
    /// Told the keys of the campaigns the YAML holds as soon as it is parsed, before contacts
    /// files are read and anything is checked: for work that can start on a guess (the plan's
    /// read of the org, `ContactReadAhead`). Called once, from the loading thread.
    public var onCampaignKeys: (@Sendable ([String]) -> Void)?

    public init(interpolator: Interpolator, timezones: TimezoneDatabase? = nil) {
        self.interpolator = interpolator
        givenTimezones = timezones
    }

    public func load(paths: [String]) -> ManifestLoadResult {
        load(paths: paths, replacing: [:])
    }

    /// A load that reads the texts of `replacements` (by real path) instead of those files.
    func load(paths: [String], replacing replacements: [String: String]) -> ManifestLoadResult {
        let sink = DiagnosticSink()
        let sources = SourceFiles(replacements: replacements)
        let paths = paths.isEmpty ? ["."] : paths
        let boundary = ReadBoundary(commandLinePaths: paths)
        guard let found = ManifestDiscovery.found(in: paths, boundary: boundary, sink: sink) else {
            return ManifestLoadResult(state: nil, diagnostics: sink.sorted, files: [])
        }
        let environments = EnvironmentCatalog.find(paths: paths).names
        let overlays = OverlaySet(found.files, environments: environments, selected: environment, sink: sink)
        var parsed = overlays.bases.map { ($0, ManifestParser.parse(file: $0, sources: sources, sink: sink)) }
        overlays.apply(to: &parsed, sources: sources)
        onCampaignKeys?(CampaignKeyScan.keys(in: parsed.map(\.1)))
        var result = load(parsed, boundary: boundary, sources: sources, sink: sink)
        if let policyFile = result.state?.policy.location?.file, result.state?.policy.prunesResources == true {
            result.state?.coverage = RepositoryCoverage.of(
                policyFile: policyFile, read: Set(found.files.map(\.real)), environments: environments)
        }
        return result
    }

    /// The same pipeline over texts in memory, each named as a file would be (for tests and
    /// fuzzing; contacts files they name are still read from disk, inside the texts' directories).
    func load(texts: [(name: String, text: String)]) -> ManifestLoadResult {
        let sink = DiagnosticSink()
        let sources = SourceFiles()
        let boundary = ReadBoundary(commandLinePaths: texts.map(\.name))
        let parsed = texts.map { name, text in
            sources.record(text: text, as: name)
            return (
                ManifestFile(shown: name, real: ContactFileCache.canonical(name)),
                ManifestParser.parse(text: text, file: name, sink: sink)
            )
        }
        return load(parsed, boundary: boundary, sources: sources, sink: sink)
    }

    /// Sorts parsed files into manifests and contacts files, then decodes, merges and checks.
    /// A file that failed to parse (root nil) was reported already and leaves the state nil.
    private func load(
        _ parsed: consuming [(file: ManifestFile, root: Node?)], boundary: ReadBoundary, sources: SourceFiles,
        sink: DiagnosticSink
    ) -> ManifestLoadResult {
        let files = parsed.map(\.file.shown)
        // The YAML trees go once decoded, and the fragments once merged, so that the state owns
        // its contacts alone: the checks then normalize a million of them in place, not a copy.
        let (fragments, manifestFiles) = decodeAll(consume parsed, boundary: boundary, sources: sources, sink: sink)
        var checks = ManifestChecks(sink: sink, timezones: timezones)
        checks.brokenConfigurations = Set(fragments.flatMap(\.brokenConfigurations))
        checks.strict = strict
        var state = ManifestMerger(sink: sink).merge(consume fragments)
        state.files = manifestFiles
        state.digest = sources.digest
        checks.check(&state)
        return ManifestLoadResult(
            state: sink.hasErrors ? nil : state, diagnostics: sink.sorted, files: files, digest: sources.digest)
    }

    /// One fragment per manifest, and the manifests' names; contacts files are set aside for the
    /// manifests that name them. The cache of contacts files (and its YAML trees) ends here.
    private func decodeAll(
        _ parsed: [(file: ManifestFile, root: Node?)], boundary: ReadBoundary, sources: SourceFiles,
        sink: DiagnosticSink
    ) -> ([ManifestFragment], [String]) {
        let contactFiles = ContactFileCache(
            sink: sink, interpolator: interpolator, boundary: boundary, sources: sources)
        var manifests: [(String, Node)] = []
        for (file, root) in parsed {
            // A file that failed to parse was reported already, and an empty one is reported
            // here: either way, naming it as a contacts file adds no second report.
            guard let root, !EmptyManifest.refuse(root, reader: reader(file.shown, sink)) else {
                contactFiles.failed.insert(file.real)
                continue
            }
            if ContactFileCache.isContactsFile(root) {
                contactFiles.discovered[file.real] = root
            } else {
                manifests.append((file.shown, root))
            }
        }
        return (
            manifests.map { file, root in decode(file: file, root: root, sink: sink, contactFiles: contactFiles) },
            manifests.map(\.0)
        )
    }

    private func reader(_ file: String, _ sink: DiagnosticSink) -> NodeReader {
        NodeReader(file: file, sink: sink, interpolator: interpolator)
    }

    private func decode(file: String, root: Node, sink: DiagnosticSink, contactFiles: ContactFileCache)
        -> ManifestFragment
    {
        let reader = reader(file, sink)
        let directory = (file as NSString).deletingLastPathComponent
        let sources = ContactSources(
            reader: reader, directory: directory.isEmpty ? "." : directory, files: contactFiles)
        return ManifestFileDecoder(reader: reader, timezones: timezones, sources: sources).decode(root)
    }
}
