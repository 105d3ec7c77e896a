import Foundation

/// Reads the files of one load for the loader and keeps the digest of each: the digest covers
/// the very bytes that were parsed, not a second read that may have found others.
final class SourceFiles {
    private(set) var digest = ManifestDigest()

    /// The bytes of `file` (its real path already checked against the tree), or nil when it
    /// can't be read (the caller reports it; a file not read has no digest).
    func contents(of file: ManifestFile) -> Data? {
        guard let data = BoundedFileReader.contents(ofRealPath: file.real) else { return nil }
        digest.record(file.shown, data)
        return data
    }

    /// A text given in memory, named as a file would be.
    func record(text: String, as name: String) {
        digest.record(name, Data(text.utf8))
    }
}
