/// How one string is written in YAML by this tool (`export` and `fmt` alike): plain where every
/// YAML reader (1.1 and 1.2, and this tool's loader) reads the text back as the same string,
/// double-quoted otherwise.
public enum YAMLScalar {
    /// A mapping key: keys are not interpolated, so they are written as they are.
    public static func key(_ name: String) -> String { string(name) }

    public static func string(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// An item of a flow list `[a, b]`, where `,` and `:` would end a plain scalar.
    public static func flowString(_ text: String) -> String {
        isPlainSafe(text, inFlow: true) ? text : doubleQuoted(text)
    }

    /// Whether `text` may be written plain: in a flow collection (`[a, b]`, `{k: v}`) also
    /// without `,`, `:` or `#`, which end a plain scalar there.
    public static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        isPlainSafe(text) && !(inFlow && text.unicodeScalars.contains { $0 == "," || $0 == ":" || $0 == "#" })
    }

    /// YAML 1.1's booleans and nulls in every case: plain, any reader would take them for one.
    private static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// Punctuation a plain scalar may hold after its first character in block context. `:` and
    /// `#` are allowed only where they can't start a mapping value or a comment.
    private static let punctuation: Set<Unicode.Scalar> = [
        " ", "_", "-", ".", "/", "+", "@", "(", ")", ",", "'", "&", "%", "=", ";", "?", "!", "$", ":", "#", "*",
    ]

    /// Plain when the text starts with a letter, `_` or a path's `/`, `./` or `../` (so no reader
    /// takes it for a number, a date, a time, null or an indicator), holds only letters, digits
    /// and quiet punctuation, has no edge spaces, and is not a YAML 1.1 boolean or null word.
    /// One pass over the scalars: `fmt` asks it of every value of 100,000 contacts.
    public static func isPlainSafe(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first,
            first == "_" || isLetter(first) || text.hasPrefix("/") || text.hasPrefix("./") || text.hasPrefix("../"),
            scalars.last != " ", scalars.last != ":", text.utf8.count > 5 || !reserved.contains(text.lowercased())
        else { return false }
        var previous = first
        for scalar in scalars.dropFirst() {
            // `: ` would start a mapping value, ` #` a comment.
            guard isQuiet(scalar), !(previous == ":" && scalar == " "), !(previous == " " && scalar == "#") else {
                return false
            }
            previous = scalar
        }
        return isQuiet(first)
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    private static func isQuiet(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || ("0"..."9").contains(scalar) || punctuation.contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }

    /// YAML's double-quoted style with escapes for everything YAML doesn't print as itself:
    /// control characters, and the line breaks (NEL, LS, PS) YAML would fold away.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars { out += escaped(scalar) }
        return out + "\""
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\u{0}": return "\\0"
        case "\u{85}": return "\\N"
        case "\u{2028}": return "\\L"
        case "\u{2029}": return "\\P"
        default: break
        }
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return "\\x" + hex(scalar.value, digits: 2)
        case 0xFEFF, 0xFFFE, 0xFFFF: return "\\u" + hex(scalar.value, digits: 4)
        default: return String(scalar)
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
