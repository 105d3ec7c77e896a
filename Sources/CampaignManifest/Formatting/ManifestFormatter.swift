import Yams

/// What `fmt` made of one file.
public enum FormatOutcome: Sendable, Equatable {
    /// Already in the canonical layout (or empty, which `validate` reports).
    case unchanged
    case formatted(String)
    /// Left as written: it uses something `fmt` doesn't rewrite; the warning says what.
    case kept(Diagnostic)
    /// Not formatted: it isn't YAML, or its formatted text would not read as it did (errors).
    case failed([Diagnostic])
}

/// `campaignctl fmt` for one YAML file: the canonical layout of its text (keys in the docs'
/// order, two spaces a level, quotes only where YAML needs them, comments kept), checked to read
/// as the text did before it is handed out. libyaml drops comments, so `fmt` composes the tree
/// with Yams for the nodes and their places, then reads the comments and the values' own text
/// from the source around them (`Layout`).
public enum ManifestFormatter {
    public static func format(_ text: String, file: String) -> FormatOutcome {
        var unmarked = text
        if unmarked.unicodeScalars.first == "\u{FEFF}" { unmarked.unicodeScalars.removeFirst() }
        let sink = DiagnosticSink()
        let report = YAMLErrorReport(text: unmarked, file: file, sink: sink)
        guard let root = ManifestParser.composeWritten(text: unmarked, report: report) else {
            return .failed(sink.sorted)
        }
        if Self.isEmpty(root) { return .unchanged }
        let canonical: (text: String, comments: [String])
        do {
            canonical = try Self.canonical(unmarked, root: root)
        } catch {
            let location = SourceLocation(file: file, line: error.position.line, column: error.position.column)
            return .kept(.warning(.formatSkipped, at: location, "left as written: \(error.reason)"))
        }
        if canonical.text == text { return .unchanged }
        if let problem = FormatCheck.problem(
            root: root, comments: canonical.comments, formatted: canonical.text, shape: shape(of: root))
        {
            return .failed([
                .error(.formatRefused, at: SourceLocation(file: file, line: 1, column: 1), refusal(problem))
            ])
        }
        return .formatted(canonical.text)
    }

    /// The canonical text of `text`, composed as `root`, and the comments it holds.
    static func canonical(_ text: String, root: Node) throws(FormatUnsupported) -> (text: String, comments: [String]) {
        let source = SourceText(text)
        let (layout, comments) = try Layout.read(
            source, root: root, restoresAliases: AliasFreeText.mayHoldAliases(text))
        var emitter = LayoutEmitter(source: source, comments: comments)
        return (emitter.document(layout, shape: shape(of: root)), comments.texts)
    }

    /// A document of nothing (no node, or a `---` alone), which the loader refuses as empty.
    private static func isEmpty(_ root: Node) -> Bool {
        switch root {
        case .mapping(let mapping): mapping.isEmpty && mapping.mark == nil
        case .scalar(let scalar): scalar.style == .plain && scalar.string.isEmpty
        default: false
        }
    }

    /// A contacts file is a mapping whose only key is `contacts`, as the loader tells them.
    static func shape(of root: Node) -> FormatShape {
        ContactFileCache.isContactsFile(root) ? .contactsFile : .manifestFile
    }

    static func refusal(_ problem: String) -> String {
        "internal error: formatting would change the file (\(problem)); it was left as written (please report this)"
    }
}
