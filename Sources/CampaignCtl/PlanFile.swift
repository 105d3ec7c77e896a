import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file behind `plan --out` and `apply --plan`: the library turns plans into bytes and
/// back; this reads and writes them (owner-only, as the plan holds phone numbers).
enum PlanFile {
    /// Why a plan file can't be read, in one line (not Foundation's `Error Domain=…`).
    struct ReadFailure: DiagnosticConvertible, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "can't read the plan file \(Snippet.path(path)): \(reason)" }
        var diagnostics: [Diagnostic] { [.error(.fileAccess, description)] }
    }

    static func write(_ plan: Plan, to path: String) throws {
        try PrivateFile.write(SavedPlan.encode(plan), to: path)
    }

    static func read(_ path: String) throws(ReadFailure) -> Data {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReadFailure(path: path, reason: "it is a directory")
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadFailure(path: path, reason: String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw ReadFailure(path: path, reason: "the read failed")
        }
    }
}
