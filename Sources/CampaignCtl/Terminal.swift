import AnyreachModel
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

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
