import AnyreachAPI
import AnyreachModel

/// Deterministic YAML for exported manifests: two-space indentation, strings double-quoted (JSON
/// escapes are valid YAML), free-form values in JSON flow style, so that re-exporting an
/// unchanged org gives the same bytes.
struct YAMLText {
    private(set) var lines: [String] = []

    mutating func comment(_ text: String, indent: Int = 0) {
        lines.append(String(repeating: "  ", count: indent) + "# " + text)
    }

    mutating func key(_ name: String, indent: Int) {
        lines.append(String(repeating: "  ", count: indent) + Self.key(name) + ":")
    }

    mutating func field(_ name: String, _ value: JSONValue, indent: Int) {
        lines.append(String(repeating: "  ", count: indent) + Self.key(name) + ": " + Self.scalar(value))
    }

    /// A list item whose first field starts the item (`- name: value`).
    mutating func item(_ name: String, _ value: JSONValue, indent: Int) {
        lines.append(String(repeating: "  ", count: indent) + "- " + Self.key(name) + ": " + Self.scalar(value))
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    static func scalar(_ value: JSONValue) -> String {
        value.canonicalString
    }

    /// Plain when it is a simple word, quoted otherwise.
    static func key(_ name: String) -> String {
        let simple =
            name.first.map { $0.isLetter || $0 == "_" } ?? false
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
        let reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"].contains(name.lowercased())
        return simple && !reserved ? name : JSONValue.string(name).canonicalString
    }
}

/// RFC 4180 CSV: fields with commas, quotes, line breaks or edge spaces are quoted.
enum CSVText {
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    static func field(_ value: String) -> String {
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" } || value.hasPrefix(" ")
            || value.hasSuffix(" ")
        return needsQuotes ? "\"" + value.replacingAll("\"", with: "\"\"") + "\"" : value
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
