// Fixture tests with markers: each directory under `Fixtures/markers/` is one case, loaded the way
// `campaignctl validate <dir>` loads it; the diagnostics must match the markers in its YAML files
// exactly, none missing and none extra (position, severity and message).
//
// A marker is a YAML comment line. Two forms:
//
//     priorty: 3
//   # ^ error: unknown key 'priorty' in campaign 'spring' (did you mean 'priority'?)
//
// A caret marker (`#`, spaces, `^`): the diagnostic is on the nearest line above that is not a
// marker, in the caret's column (columns count from 1, as the diagnostics do). Several markers may
// stack under one line.
//
//     # @1:1 error: YAML can't be read: ...
//     # @leads.csv:3:1 error: contact 'lead-2' is defined twice in campaign 'spring'; first at ...
//
// A position marker (`#`, `@`): an explicit `line:col`, optionally preceded by a file relative to
// the case directory, for what a caret can't point at: column 1 (where the `#` itself sits), and
// files that can't carry comments (CSV).
//
// Paths in diagnostics and messages are shown relative to the case directory.

import Foundation
import Testing

@testable import CampaignManifest

@Suite struct DiagnosticMarkerTests {
    static let cases = [
        "adhoc", "contact-fields", "contact-ids", "csv-mapping", "defined-twice", "duplicate-keys", "interpolation",
        "merge-keys", "missing-required", "phones", "policy", "ranges", "references", "time-windows", "timezones",
        "unknown-keys", "wrong-types", "yaml-syntax", "yaml11",
    ]

    static let markersRoot = Fixtures.root.appendingPathComponent("markers")

    @Test(arguments: cases)
    func diagnosticsMatchMarkers(_ name: String) throws {
        let directory = Self.markersRoot.appendingPathComponent(name)
        let markers = try DiagnosticMarkers(directory: directory)
        #expect(markers.problems.isEmpty, "\(markers.problems)")
        #expect(!markers.expected.isEmpty, "a case without markers checks nothing")
        let result = Fixtures.loader().load(paths: [directory.path])
        let actual = result.diagnostics.map { $0.rendered(strippingPrefix: directory.path + "/") }
        let missing = markers.expected.filter { !actual.contains($0) }
        let extra = actual.filter { !markers.expected.contains($0) }
        #expect(missing.isEmpty, "expected but not produced:\n\(missing.joined(separator: "\n"))")
        #expect(extra.isEmpty, "produced but not expected:\n\(extra.joined(separator: "\n"))")
        #expect(actual.sorted() == markers.expected.sorted(), "each diagnostic exactly as many times as marked")
        #expect((result.state == nil) == !result.errors.isEmpty, "fail closed: errors leave no state")
    }

    @Test func everyCaseDirectoryIsListed() throws {
        let directories = try FileManager.default.contentsOfDirectory(atPath: Self.markersRoot.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(directories.sorted() == Self.cases.sorted())
    }

    @Test func markerReaderReadsBothForms() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write(
            "a.yaml",
            "key: value\n#    ^ error: here\n# plain comment\n# @1:1 warning: there\n# @b.csv:2:1 error: row\n")
        let markers = try DiagnosticMarkers(directory: directory.url)
        #expect(markers.problems.isEmpty)
        #expect(markers.expected == ["a.yaml:1:6: error: here", "a.yaml:1:1: warning: there", "b.csv:2:1: error: row"])
    }
}
