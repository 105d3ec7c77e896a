import Foundation
import TestSupport
import Testing

/// A finished run of campaignctl against `Golden/NAME.txt`: the command, the exit status,
/// stdout and stderr, with the emulator's port (new every run) written `<port>`.
/// `RECORD_GOLDEN=1 swift test` rewrites the files.
enum GoldenOutput {
    static func check(_ run: Finished, arguments: [String], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = normalized("""
            $ campaignctl \(arguments.joined(separator: " "))
            exit status: \(run.status)
            --- stdout
            \(run.stdout)--- stderr
            \(run.stderr)
            """)
        let file = Locations.goldens.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Locations.goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(name): run with RECORD_GOLDEN=1 to accept the new output:\n\(actual)", sourceLocation: sourceLocation)
    }

    private static func normalized(_ text: String) -> String {
        text.replacing(/127\.0\.0\.1:\d+/, with: "127.0.0.1:<port>")
    }
}
