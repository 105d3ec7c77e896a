import Foundation

/// Reads the files of one load for the loader and keeps the digest of each: the digest covers
/// the very bytes that were parsed, not a second read that may have found others.
final class SourceFiles {
    private(set) var digest = ManifestDigest()
    /// Texts read instead of the files at these real paths (`fmt` loads its formatted texts to
    /// check that they mean what the files meant).
    let replacements: [String: String]

    init(replacements: [String: String] = [:]) {
        self.replacements = replacements
    }

    /// The bytes of `file` (its real path already checked against the tree), or nil when it
    /// can't be read (the caller reports it; a file not read has no digest).
    func contents(of file: ManifestFile) -> Data? {
        guard
            let data = replacements[file.real].map({ Data($0.utf8) })
                ?? BoundedFileReader.contents(ofRealPath: file.real)
        else { return nil }
        digest.record(file.shown, data)
        return data
    }

    /// A text given in memory, named as a file would be.
    func record(text: String, as name: String) {
        digest.record(name, Data(text.utf8))
    }
}
