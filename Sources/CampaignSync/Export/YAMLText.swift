import AnyreachAPI
import AnyreachModel
import CampaignManifest

/// Deterministic block-style YAML for exported manifests: two-space indentation, lists and
/// mappings one entry a line, scalars plain unless YAML needs quotes (`YAMLScalar`), keys of
/// free-form mappings sorted, so that re-exporting an unchanged org gives the same bytes.
struct YAMLText {
    private(set) var lines: [String] = []

    mutating func comment(_ text: String, indent: Int = 0) {
        lines.append(Self.indentation(indent) + "# " + text)
    }

    /// A key whose entries follow on the next lines.
    mutating func key(_ name: String, indent: Int) {
        lines.append(Self.indentation(indent) + YAMLScalar.key(name) + ":")
    }

    mutating func field(_ name: String, _ value: JSONValue, indent: Int) {
        entry(name, value, lead: Self.indentation(indent), indent: indent)
    }

    /// A list item whose first field starts the item (`- name: value`); the item's other fields
    /// follow at `indent + 1`.
    mutating func item(_ name: String, _ value: JSONValue, indent: Int) {
        entry(name, value, lead: Self.indentation(indent) + "- ", indent: indent + 1)
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// `name: value` on one line for a scalar or an empty collection, else `name:` with the
    /// collection below it, one level deeper than `indent`.
    private mutating func entry(_ name: String, _ value: JSONValue, lead: String, indent: Int) {
        let key = lead + YAMLScalar.key(name) + ":"
        switch value {
        case .object(let object) where !object.isEmpty:
            lines.append(key)
            mapping(object, indent: indent + 1)
        case .array(let items) where !items.isEmpty:
            if let flow = Self.flow(items), key.count + 1 + flow.count <= Self.flowWidth {
                lines.append(key + " " + flow)
                return
            }
            lines.append(key)
            for item in items { element(item, indent: indent + 1) }
        default:
            lines.append(key + " " + YAMLScalar.value(value))
        }
    }

    private mutating func mapping(_ object: [String: JSONValue], indent: Int) {
        for name in Self.ordered(object.keys) { field(name, object[name]!, indent: indent) }
    }

    /// Short lists of scalars (days, time zones, phone numbers) stay on one line, as people
    /// write them; a longer line is a block list.
    private static let flowWidth = 100

    /// `[a, b]` when every item is a scalar, or nil.
    private static func flow(_ items: [JSONValue]) -> String? {
        var texts: [String] = []
        for item in items {
            switch item {
            case .array, .object: return nil
            case .string(let text): texts.append(YAMLScalar.flowString(Interpolation.escaped(text)))
            default: texts.append(YAMLScalar.value(item))
            }
        }
        return "[" + texts.joined(separator: ", ") + "]"
    }

    /// Keys of the schedule's windows and overrides in the order the docs write them, then the
    /// rest sorted.
    private static let leadingKeys = ["timezones", "days", "start", "end", "windows"]

    private static func ordered(_ keys: some Collection<String>) -> [String] {
        let leading = leadingKeys.filter(keys.contains)
        return leading + keys.filter { !leadingKeys.contains($0) }.sorted()
    }

    private mutating func element(_ value: JSONValue, indent: Int) {
        let dash = Self.indentation(indent) + "-"
        switch value {
        case .object(let object) where !object.isEmpty:
            let names = Self.ordered(object.keys)
            item(names[0], object[names[0]]!, indent: indent)
            for name in names.dropFirst() { field(name, object[name]!, indent: indent + 1) }
        case .array(let items) where !items.isEmpty:
            lines.append(dash)
            for item in items { element(item, indent: indent + 1) }
        default:
            lines.append(dash + " " + YAMLScalar.value(value))
        }
    }

    private static func indentation(_ level: Int) -> String { String(repeating: "  ", count: level) }
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
