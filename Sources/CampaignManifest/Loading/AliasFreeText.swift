/// A document's text with every `*` replaced by a private-use character, so that each alias
/// composes as a plain scalar in the same place instead of as its anchor's node.
///
/// Composing the real text compares mapping keys to find duplicates, and compares an alias used
/// as a key (`{*bomb: 1}`) through its whole expansion: a few lines would keep the composer busy
/// for hours before any guard could look. Without aliases the document composes in linear time
/// with the same structure and marks (`*` begins nothing else in YAML, and the stand-in is one
/// scalar that may begin a plain scalar), so `AliasExpansionGuard` can check it first.
enum AliasFreeText {
    static let standIn: Unicode.Scalar = "\u{E000}"

    /// Aliases need a `*` and an anchor's `&`.
    static func mayHoldAliases(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(UInt8(ascii: "*")) && $0.contains(UInt8(ascii: "&")) }
    }

    static func of(_ text: String) -> String {
        guard mayHoldAliases(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "*" ? standIn : $0 })
        return String(result)
    }

    /// A key as the composer of the alias-free text named it, with its `*` back.
    static func restored(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.map { $0 == standIn ? "*" : $0 }))
    }
}
