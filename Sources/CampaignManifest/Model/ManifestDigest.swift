import Crypto
public import Foundation

/// The bytes a set of manifests was read from: every file the loader read (the manifests, and
/// the contacts files, YAML or CSV, that they name), under the name diagnostics give it (relative
/// as given on the command line, `.` and `dir/..` folded), with the SHA-256 of its bytes as they
/// were parsed. A saved plan keeps it (`scope.manifests_digest`), so that `apply --plan FILE
/// PATH...` can tell whether the manifests at PATH are still the ones the plan was made from.
///
/// Environment variables filled in for `${VAR}` are not part of it: the files are, as written.
public struct ManifestDigest: Hashable, Sendable, Codable {
    /// Path → `sha256:` and 64 lowercase hex digits.
    public private(set) var files: [String: String]

    public init(files: [String: String] = [:]) {
        self.files = files
    }

    /// `sha256:` and the lowercase hex of the SHA-256 of `bytes`.
    public static func digest(of bytes: some DataProtocol) -> String {
        "sha256:"
            + SHA256.hash(data: bytes).map { byte in
                let hex = String(byte, radix: 16)
                return byte < 16 ? "0" + hex : hex
            }.joined()
    }

    /// Adds a file read under `path`. A file read twice (two manifests naming one contacts file)
    /// has one entry.
    mutating func record(_ path: String, _ bytes: some DataProtocol) {
        files[path] = Self.digest(of: bytes)
    }

    /// How the files of `now` differ from these, one entry per path that differs, sorted by path.
    public func differences(to now: ManifestDigest) -> [Difference] {
        let paths = Set(files.keys).union(now.files.keys).sorted()
        return paths.compactMap { path in
            switch (files[path], now.files[path]) {
            case (let before?, let after?): before == after ? nil : Difference(path: path, change: .changed)
            case (_?, nil): Difference(path: path, change: .removed)
            case (nil, _?): Difference(path: path, change: .added)
            case (nil, nil): nil
            }
        }
    }

    /// One file that is not as it was.
    public struct Difference: Hashable, Sendable {
        public enum Change: Hashable, Sendable {
            /// Read both times, with other bytes now.
            case changed
            /// Read now, not then (a new manifest, or a contacts file newly named).
            case added
            /// Read then, not now (deleted, renamed, no longer named, or unreadable).
            case removed
        }

        public var path: String
        public var change: Change

        public init(path: String, change: Change) {
            self.path = path
            self.change = change
        }
    }

    /// Saved as the bare map of path to digest.
    public init(from decoder: any Decoder) throws {
        files = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(files)
    }
}
