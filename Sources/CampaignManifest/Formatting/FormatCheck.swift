import Yams

/// What `fmt` checks before it hands out a formatted text: it reads as YAML, every value reads
/// as the loader read it before (`FormatCheck+Reading`), every comment is still there, and
/// formatting it again changes nothing.
enum FormatCheck {
    /// What is wrong with `formatted` as the formatting of the text composed as `root` (whose
    /// comments are `comments`), or nil.
    static func problem(root: Node, comments: [String], formatted: String, shape: FormatShape) -> String? {
        let sink = DiagnosticSink()
        let report = YAMLErrorReport(text: formatted, file: "formatted", sink: sink)
        guard let again = ManifestParser.composeWritten(text: formatted, report: report) else {
            return "the formatted text is not YAML (\(sink.diagnostics.first?.message ?? "?"))"
        }
        if let path = difference(root, again, shape: shape, rule: .asWritten, path: "") {
            return "\(path.isEmpty ? "the document" : path) would read differently"
        }
        guard let second = try? ManifestFormatter.canonical(formatted, root: again) else {
            return "the formatted text can't be formatted again"
        }
        if second.comments.sorted() != comments.sorted() { return "a comment would be lost or changed" }
        if second.text != formatted { return "formatting it again would change it again" }
        return nil
    }
}
