import Foundation
import Yams

/// Loads the contacts of a campaign (or of the ad-hoc list): inline ones and `contacts_files`
/// entries, which are YAML files holding `contacts:` or CSV files with a column mapping.
struct ContactSources {
    let reader: NodeReader
    /// The directory of the manifest being read: contacts files are relative to it.
    let directory: String
    let files: ContactFileCache

    func load(inline: Node?, files fileList: Node?) -> [ContactSpec] {
        var contacts = inline.map { ContactDecoder(reader: reader).decodeList($0, "contacts") } ?? []
        guard let fileList, let entries = reader.list(fileList, "contacts_files") else { return contacts }
        for entry in entries {
            let loaded = loadFile(entry)
            // Adopting the file's array (rather than copying a million contacts into an empty
            // one) is the common case: one CSV export per campaign.
            if contacts.isEmpty { contacts = loaded } else { contacts += loaded }
        }
        return contacts
    }

    /// A file a manifest names (a contacts file, a suppression list), relative to it, checked
    /// against the tree being read; nil, reported at `node`, when the boundary refuses it.
    func file(_ relative: String, at node: Node, what: String) -> ManifestFile? {
        let shown = ManifestPath.join(directory, relative)
        switch files.boundary.resolve(shown, written: relative) {
        case .success(let real): return ManifestFile(shown: shown, real: real)
        case .failure(let refusal):
            reader.sink.error(
                reader.location(node),
                "\(what) \(Snippet.path(relative)) \(refusal.explanation(tree: files.boundary.shownRoots))")
            return nil
        }
    }

    private func loadFile(_ entry: Node) -> [ContactSpec] {
        var columnsNode: Node?
        let pathNode: Node
        if entry.scalar != nil {
            pathNode = entry
        } else {
            guard let fields = reader.fields(entry, "contacts file", ManifestKeys.contactsFileEntry),
                let path = fields["path"]
            else { return [] }
            pathNode = path
            columnsNode = fields["columns"]
        }
        guard let relative = reader.string(pathNode, "path"),
            let file = file(relative, at: pathNode, what: "contacts file")
        else { return [] }
        let shown = file.shown
        if shown.lowercased().hasSuffix(".csv") {
            guard let columnsNode else {
                reader.sink.error(
                    reader.location(pathNode),
                    "a CSV contacts file needs 'columns:' saying which column is the external_id and which hold phone numbers"
                )
                return []
            }
            guard let columns = reader.csvColumns(columnsNode) else { return [] }
            return CSVContactReader(file: file, columns: columns, sink: reader.sink, sources: files.sources).read()
        }
        if columnsNode != nil { reader.sink.error(reader.location(entry), "'columns' applies to CSV files only") }
        return files.yamlContacts(at: file)
    }
}
