/// A piece of input quoted in a message: in single quotes, at most `limit` characters, control
/// and invisible characters escaped. Manifests and the files they name come from pull requests,
/// so a message must never carry a whole line of an unknown file (a secret, a phone list) or a
/// terminal escape sequence into a CI log.
public struct Snippet: CustomStringConvertible, Sendable {
    /// The most characters of one quoted value.
    static let limit = 40
    /// The most values a message lists before it counts the rest.
    static let listLimit = 5

    /// The most characters of a path (which a reader needs whole to find the file).
    static let pathLimit = 300

    var text: String
    var limit = Self.limit

    public init(_ text: some StringProtocol) {
        self.text = String(text)
    }

    /// A file's path: escaped like any snippet, but bounded far enough out to stay whole.
    public static func path(_ path: String) -> Snippet {
        var snippet = Snippet(path)
        snippet.limit = pathLimit
        return snippet
    }

    public var description: String {
        let shown = text.count <= limit ? Substring(text) : text.prefix(limit)
        return "'" + Self.escaped(shown) + (shown.count < text.count ? "'…" : "'")
    }

    /// The first `listLimit` values quoted, then how many more there are.
    public static func list(_ values: [String]) -> String {
        let shown = values.prefix(listLimit).map { Snippet($0).description }.joined(separator: ", ")
        return values.count > listLimit ? "\(shown) and \(values.count - listLimit) more" : shown
    }

    /// Control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls
    /// and other format characters as `\u{…}`, so they can't rewrite a terminal or hide text.
    static func escaped(_ text: Substring) -> String {
        escaped(
            text,
            categories: [.control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse])
    }

    /// Only control characters escaped: what every message gets, whatever built it.
    static func controlsEscaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return escaped(Substring(text), categories: [.control])
    }

    private static func escaped(_ text: Substring, categories: Set<Unicode.GeneralCategory>) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            // Joiners stay: they hold emoji sequences together and move no text.
            if scalar == "\u{200D}" || scalar == "\u{200C}" {
                out.unicodeScalars.append(scalar)
                continue
            }
            if categories.contains(scalar.properties.generalCategory) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
