import Foundation
import Yams

/// YAML contacts files, read once even when several manifests name them, and recognised during
/// discovery so they aren't mistaken for manifests.
final class ContactFileCache {
    private let sink: DiagnosticSink
    private let interpolator: Interpolator
    /// Where every file of the load is read, so that its digest is kept.
    let sources: SourceFiles
    /// The tree manifests may read from: every contacts file is checked against it first.
    let boundary: ReadBoundary
    private var loaded: [String: [ContactSpec]] = [:]
    /// Files parsed during discovery whose top level is `contacts:`.
    var discovered: [String: Node] = [:]
    /// Files that failed to parse, already reported: naming them again adds no second report.
    var failed: Set<String> = []

    init(sink: DiagnosticSink, interpolator: Interpolator, boundary: ReadBoundary, sources: SourceFiles) {
        self.sink = sink
        self.interpolator = interpolator
        self.boundary = boundary
        self.sources = sources
    }

    /// Whether a parsed file is a contacts file: a mapping whose only key is `contacts`.
    static func isContactsFile(_ root: Node) -> Bool {
        guard case .mapping(let mapping) = root, mapping.count == 1 else { return false }
        return mapping.first?.key.scalar?.string == "contacts"
    }

    /// The contacts of the YAML file `file` (its real path already checked against the boundary).
    func yamlContacts(at file: ManifestFile) -> [ContactSpec] {
        let key = file.real
        if let contacts = loaded[key] { return contacts }
        guard !failed.contains(key) else { return [] }
        let reader = NodeReader(file: file.shown, sink: sink, interpolator: interpolator)
        guard let root = discovered[key] ?? ManifestParser.parse(file: file, sources: sources, sink: sink),
            !EmptyManifest.refuse(root, reader: reader)
        else {
            failed.insert(key)
            return []
        }
        guard let fields = reader.fields(root, "contacts file", ManifestKeys.contactsFile),
            let list = fields["contacts"]
        else { return [] }
        let contacts = ContactDecoder(reader: reader).decodeList(list, "contacts")
        loaded[key] = contacts
        return contacts
    }

    /// The absolute name of a file that may not exist (an in-memory text's), `..` folded.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
