import Yams

/// The manifests found, sorted into base files and the overlays of the selected environment
/// (`Overlay`); overlays of other environments are left out, and an overlay without a base, or
/// two for one base, is an error.
struct OverlaySet {
    private(set) var bases: [ManifestFile] = []
    /// The selected environment's overlays, each with the base it applies to.
    private(set) var overlays: [(overlay: ManifestFile, base: ManifestFile)] = []
    private let sink: DiagnosticSink

    init(_ files: [ManifestFile], environments: [String], selected: String?, sink: DiagnosticSink) {
        self.sink = sink
        var selectedOverlays: [ManifestFile] = []
        for file in files {
            switch Overlay.environment(of: file, among: environments) {
            case nil: bases.append(file)
            case selected?: selectedOverlays.append(file)
            default: continue
            }
        }
        var based: [String: ManifestFile] = [:]
        for overlay in selectedOverlays {
            guard let base = Overlay.base(of: overlay, in: bases) else {
                refuse(
                    overlay,
                    "is an overlay for environment \(Snippet(selected ?? "")), but there is no base file next to it to overlay (\(Snippet.path(Overlay.baseNames(of: overlay)[0])))"
                )
                continue
            }
            if let other = based.updateValue(overlay, forKey: base.real) {
                refuse(
                    overlay,
                    "overlays \(Snippet.path(base.shown)) as \(Snippet.path(other.shown)) does: one overlay a file")
                continue
            }
            overlays.append((overlay, base))
        }
    }

    /// Parses each overlay and merges it into its base's tree; a base or overlay that didn't
    /// parse was reported already and leaves the state nil.
    func apply(to parsed: inout [(ManifestFile, Node?)], sources: SourceFiles) {
        for (overlay, base) in overlays {
            let overlayRoot = ManifestParser.parse(file: overlay, sources: sources, sink: sink)
            guard let index = parsed.firstIndex(where: { $0.0 == base }) else { continue }
            guard let baseRoot = parsed[index].1, let overlayRoot else {
                parsed[index].1 = nil
                continue
            }
            parsed[index].1 = Overlay.merge(baseRoot, overlayRoot, overlayFile: overlay.shown, sink: sink)
        }
    }

    private func refuse(_ overlay: ManifestFile, _ message: String) {
        sink.error(
            SourceLocation(file: overlay.shown, line: 1, column: 1), "\(Snippet.path(overlay.shown)) \(message)",
            kind: .overlay)
    }
}
