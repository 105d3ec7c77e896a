import AnyreachModel
import CampaignManifest
import CampaignSync
import Foundation
import Synchronization

/// `--format json` promises one JSON document on stdout, whatever happens: the command's own
/// document when it gets that far, else a failure document with every diagnostic reported.
/// Commands promise it before they start; `CampaignCtl.main` keeps the promise on failure.
enum JSONDocument {
    private struct State {
        var promised = false
        var written = false
        var diagnostics: [Diagnostic] = []
    }

    private static let state = Mutex(State())

    /// Called by a command whose `--format` is json, before anything can fail.
    static func promise(_ isJSON: Bool) {
        state.withLock { $0.promised = isJSON }
    }

    /// Every diagnostic `Console` prints, for the failure document.
    static func record(_ diagnostics: [Diagnostic]) {
        state.withLock { $0.diagnostics += diagnostics }
    }

    /// The command's own document.
    static func write(_ text: String) {
        state.withLock { $0.written = true }
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }

    /// On a failed exit: `{"format_version": 1, "ok": false, "diagnostics": [...]}` when a
    /// document was promised and none was written.
    static func writeFailureIfPromised() {
        let (owed, diagnostics) = state.withLock { ($0.promised && !$0.written, $0.diagnostics) }
        guard owed else { return }
        write(PlanJSONRenderer.encode(Failure(diagnostics: diagnostics)))
    }

    private struct Failure: Encodable {
        var formatVersion = 1
        var ok = false
        var diagnostics: [Diagnostic]

        enum CodingKeys: String, CodingKey {
            case formatVersion = "format_version"
            case ok, diagnostics
        }
    }
}
