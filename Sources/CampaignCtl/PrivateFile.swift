import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files that hold people's phone numbers and data (saved plans, apply reports, exports): written
/// owner-only, 0600, in directories created 0700, whatever the umask. A world-readable plan on a
/// shared CI runner is a leaked phone list.
enum PrivateFile {
    struct Failure: DiagnosticConvertible, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "can't write \(Snippet.path(path)): \(reason)" }
        var diagnostics: [Diagnostic] { [.error(.fileAccess, description)] }
    }

    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    /// Replaces `path` with `data` atomically: a temporary file made owner-only from the start
    /// (mkstemp), written, flushed and renamed over the target, so no reader ever sees it
    /// half-written or with wider permissions, and an old world-readable file is replaced.
    /// `fmt` passes the `mode` the file had: a manifest it rewrites keeps its permissions.
    static func write(_ data: Data, to path: String, mode: mode_t = fileMode) throws(Failure) {
        let directory = (path as NSString).deletingLastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/.campaignctl-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try fill(descriptor, with: data, mode: mode, path: path)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// The permission bits of the file at `path` (nil when it can't be read), for rewriting it
    /// with the same.
    static func permissions(of path: String) -> mode_t? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.posixPermissions] as? NSNumber).map { mode_t($0.uint16Value & 0o7777) }
    }

    /// Creates `path` and any missing parents, each new one 0700; existing ones are left as they are.
    static func createDirectories(_ path: String) throws(Failure) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, directoryMode) != 0 && errno != EEXIST { throw failure(path) }
        }
    }

    private static func fill(_ descriptor: Int32, with data: Data, mode: mode_t, path: String) throws(Failure) {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard fchmod(descriptor, mode) == 0 else { throw failure(path) }
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
        } catch {
            throw Failure(path: path, reason: "the disk refused the write")
        }
    }

    private static func failure(_ path: String) -> Failure {
        Failure(path: path, reason: String(cString: strerror(errno)))
    }
}
