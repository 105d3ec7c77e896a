import Foundation
import Yams

/// YAML contacts files, read once even when several manifests name them, and recognised during
/// discovery so they aren't mistaken for manifests.
final class ContactFileCache {
    private let sink: DiagnosticSink
    private let interpolator: Interpolator
    private var loaded: [String: [ContactSpec]] = [:]
    /// Files parsed during discovery whose top level is `contacts:`.
    var discovered: [String: Node] = [:]
    /// Files that failed to parse, already reported: naming them again adds no second report.
    var failed: Set<String> = []

    init(sink: DiagnosticSink, interpolator: Interpolator) {
        self.sink = sink
        self.interpolator = interpolator
    }

    /// Whether a parsed file is a contacts file: a mapping whose only key is `contacts`.
    static func isContactsFile(_ root: Node) -> Bool {
        guard case .mapping(let mapping) = root, mapping.count == 1 else { return false }
        return mapping.first?.key.scalar?.string == "contacts"
    }

    func yamlContacts(at path: String, referencedFrom location: SourceLocation) -> [ContactSpec] {
        let key = Self.canonical(path)
        if let contacts = loaded[key] { return contacts }
        guard !failed.contains(key) else { return [] }
        let reader = NodeReader(file: path, sink: sink, interpolator: interpolator)
        guard let root = discovered[key] ?? ManifestParser.parse(path: path, sink: sink) else {
            failed.insert(key)
            return []
        }
        guard let fields = reader.fields(root, "contacts file", allowed: ["contacts"], required: ["contacts"]), let list = fields["contacts"] else { return [] }
        let contacts = ContactDecoder(reader: reader).decodeList(list, "contacts")
        loaded[key] = contacts
        return contacts
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
