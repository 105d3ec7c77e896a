import Foundation
import Testing

/// What a person reads never shows the Swift behind it: every golden of help, output and errors
/// is free of `rawValue`, `Optional(`, `Duration(` and the like.
@Suite struct NoSwiftInternalsTests {
    static let internals = ["rawValue", "Optional(", "Duration(", "ExitCode(", "Error Domain=", "DecodingError"]

    @Test func noGoldenShowsSwiftInternals() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let goldens = try FileManager.default.subpathsOfDirectory(atPath: tests.path).filter { $0.contains("/Golden/") }
        #expect(goldens.count > 20, "the goldens were found: \(goldens.count)")
        for golden in goldens {
            let text = (try? String(contentsOf: tests.appendingPathComponent(golden), encoding: .utf8)) ?? ""
            for word in Self.internals {
                #expect(!text.contains(word), "\(word) in \(golden)")
            }
        }
    }
}
