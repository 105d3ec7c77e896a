import Foundation

@testable import CampaignManifest

/// Expected diagnostics, read from marker comments in fixture YAML (the convention is described
/// at the top of `DiagnosticMarkerTests.swift`).
struct DiagnosticMarkers {
    /// `file:line:col: severity: message`, with file relative to the case directory.
    private(set) var expected: [String] = []
    private(set) var problems: [String] = []

    /// Reads the markers of every `*.yaml` and `*.yml` file under `directory`.
    init(directory: URL) throws {
        let names = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        for name in names {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            read(String(decoding: data, as: UTF8.self), file: name)
        }
    }

    private mutating func read(_ text: String, file: String) {
        var target: Int?
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let scalars = Array(line.unicodeScalars)
            guard let hash = scalars.firstIndex(where: { $0 != " " }), scalars[hash] == "#" else {
                target = index + 1
                continue
            }
            let body = scalars[(hash + 1)...].drop { $0 == " " }
            if body.first == "^" {
                caret(
                    String(String.UnicodeScalarView(body.dropFirst())), column: body.startIndex + 1, line: target,
                    file: file, at: index + 1)
            } else if body.first == "@" {
                positioned(String(String.UnicodeScalarView(body.dropFirst())), file: file, at: index + 1)
            } else {
                target = index + 1
            }
        }
    }

    /// `^ error: message`: the line above, the caret's column.
    private mutating func caret(_ rest: String, column: Int, line: Int?, file: String, at markerLine: Int) {
        guard let line else { return problems.append("\(file):\(markerLine): a caret marker needs a line above it") }
        add(file: file, line: line, column: column, rest.trimmingCharacters(in: .whitespaces), at: markerLine)
    }

    /// `@line:col severity: message` or `@file:line:col severity: message`.
    private mutating func positioned(_ rest: String, file: String, at markerLine: Int) {
        let position = rest.prefix { $0 != " " }
        var parts = position.split(separator: ":").map(String.init)
        guard parts.count >= 2, let column = Int(parts.removeLast()), let line = Int(parts.removeLast()) else {
            return problems.append("\(file):\(markerLine): can't read the position '\(position)'")
        }
        let target = parts.isEmpty ? file : parts.joined(separator: ":")
        add(
            file: target, line: line, column: column,
            rest.dropFirst(position.count).trimmingCharacters(in: .whitespaces), at: markerLine)
    }

    private mutating func add(file: String, line: Int, column: Int, _ diagnostic: String, at markerLine: Int) {
        guard diagnostic.hasPrefix("error: ") || diagnostic.hasPrefix("warning: ") else {
            return problems.append("\(file):\(markerLine): a marker says 'error: ...' or 'warning: ...'")
        }
        expected.append("\(file):\(line):\(column): \(diagnostic)")
    }
}

extension Diagnostic {
    /// `file:line:col: severity: message` with `prefix` removed from every path in it; the hint,
    /// printed on a line of its own, is left out (markers check position, severity and message).
    func rendered(strippingPrefix prefix: String) -> String {
        String(description.prefix { $0 != "\n" }).replacingOccurrences(of: prefix, with: "")
    }
}
