/// JSON as the schema document is written: objects keep their members in the order given, so
/// the file reads top-down (a key's description before its constraints, properties in the
/// order docs/manifest.md lists them) and is the same bytes on every run.
enum SchemaJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([SchemaJSON])
    case object([Member])

    struct Member: Sendable, Equatable {
        let key: String
        let value: SchemaJSON
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        case .null, .bool, .int, .number, .string: true
        }
    }

    /// The members of an object (none for anything else).
    var members: [Member] {
        if case .object(let members) = self { members } else { [] }
    }

    /// The object with `members` added after its own.
    func adding(_ more: [Member]) -> SchemaJSON { .object(members + more) }

    subscript(key: String) -> SchemaJSON? { members.first { $0.key == key }?.value }

    /// The object with the value of `key` replaced, in its place.
    func replacing(_ key: String, with value: SchemaJSON) -> SchemaJSON {
        .object(members.map { $0.key == key ? Member(key: key, value: value) : $0 })
    }
}

extension SchemaJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: SchemaJSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, SchemaJSON)...) {
        self = .object(elements.map { Member(key: $0.0, value: $0.1) })
    }
}

extension SchemaJSON {
    /// A scalar or an empty container as a person writes it in prose: text without quotes.
    var inline: String {
        if case .string(let text) = self { text } else { String(text.dropLast()) }
    }

    /// Two-space indented JSON, `"key": value`, ending in a newline.
    var text: String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .number(let value): output += value == value.rounded() ? String(Int(value)) : String(value)
        case .string(let value): output += Self.quoted(value)
        case .array(let items) where items.allSatisfy(\.isScalar):
            // Short lists of words (types, choices) read best on one line.
            output += "[" + items.map { $0.text.dropLast() }.joined(separator: ", ") + "]"
        case .object(let members) where members.isEmpty: output += "{}"
        case .array(let items):
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += inner + Self.quoted(member.key) + ": "
                member.value.write(to: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
