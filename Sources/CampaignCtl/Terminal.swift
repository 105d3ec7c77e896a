import AnyreachModel
import CampaignManifest
import Foundation

/// Whether a stream is a terminal that wants colour (never when `NO_COLOR` is set).
struct Terminal {
    let isColorful: Bool

    static let standardError = Terminal(descriptor: STDERR_FILENO)
    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)

    init(descriptor: Int32) {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        isColorful = isatty(descriptor) == 1 && !noColor
    }

    func paint(_ text: String, _ code: String) -> String {
        isColorful ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Standard error: where every command's diagnostics and progress go, so that standard output
/// holds only the document a pipeline asked for.
enum Console {
    /// Diagnostics, one printer for all of them; `limitPerKind` counts the rest of a long list.
    static func report(_ diagnostics: [Diagnostic], limitPerKind: Int = .max) {
        JSONDocument.record(diagnostics)
        let formatter = DiagnosticFormatter(isColorful: Terminal.standardError.isColorful)
        for line in formatter.format(diagnostics, limitPerKind: limitPerKind) { status(line) }
    }

    /// A line that is not a problem: what is being done, a prompt's answer, a summary.
    static func status(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
