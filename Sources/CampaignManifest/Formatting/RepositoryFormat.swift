/// One YAML file `fmt` read.
public struct FormattedFile: Sendable, Equatable {
    /// The file as diagnostics name it.
    public var path: String
    /// Where it really is, links resolved: where its formatted text goes.
    public var realPath: String
    public var original: String
    /// Its canonical text, when that differs from the original and passed every check.
    public var formatted: String?
}

/// What `fmt PATH...` made of the YAML files discovery finds there (manifests and contacts
/// files alike; CSV files are never touched). Nothing is written: the command does that.
public struct FormatRun: Sendable {
    public var files: [FormattedFile] = []
    /// YAML errors, files left as written and why, files whose formatting was refused.
    public var diagnostics: [Diagnostic] = []

    public var changed: [FormattedFile] { files.filter { $0.formatted != nil } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

extension ManifestLoader {
    /// Every YAML file under `paths` (found as `validate` finds them) in its canonical layout,
    /// each checked on its own (`FormatCheck`) and all together through the loader: the
    /// manifests as formatted must load to what they loaded to before, but for their lines.
    public func format(paths: [String]) -> FormatRun {
        let sink = DiagnosticSink()
        let paths = paths.isEmpty ? ["."] : paths
        var run = FormatRun()
        let boundary = ReadBoundary(commandLinePaths: paths)
        guard let found = ManifestDiscovery.found(in: paths, boundary: boundary, sink: sink) else {
            run.diagnostics = sink.sorted
            return run
        }
        var outcomes: [Diagnostic] = []
        let sources = SourceFiles()
        for file in found.files {
            guard let text = ManifestParser.text(of: file, sources: sources, sink: sink) else { continue }
            var formatted: String?
            switch ManifestFormatter.format(text, file: file.shown) {
            case .unchanged: break
            case .formatted(let canonical): formatted = canonical
            case .kept(let warning): outcomes.append(warning)
            case .failed(let errors): outcomes += errors
            }
            run.files.append(FormattedFile(path: file.shown, realPath: file.real, original: text, formatted: formatted))
        }
        outcomes += checkMeaning(of: &run.files, paths: paths)
        run.diagnostics = Diagnostic.sorted(sink.diagnostics + outcomes)
        return run
    }

    /// Loads the manifests as written and as formatted and compares what they mean; a file whose
    /// formatted text changes it (found by loading each alone) keeps its text, with an error.
    private func checkMeaning(of files: inout [FormattedFile], paths: [String]) -> [Diagnostic] {
        let changed = files.indices.filter { files[$0].formatted != nil }
        guard !changed.isEmpty else { return [] }
        let before = ManifestMeaning(load(paths: paths))
        func meaning(_ indices: [Int]) -> ManifestMeaning {
            let texts = indices.map { (files[$0].realPath, files[$0].formatted ?? files[$0].original) }
            return ManifestMeaning(load(paths: paths, replacing: Dictionary(texts) { first, _ in first }))
        }
        guard meaning(changed) != before else { return [] }
        let culprits = changed.filter { meaning([$0]) != before }
        return (culprits.isEmpty ? changed : culprits).map { index in
            files[index].formatted = nil
            let start = SourceLocation(file: files[index].path, line: 1, column: 1)
            return .error(.formatRefused, at: start, ManifestFormatter.refusal("the manifests would load differently"))
        }
    }
}
