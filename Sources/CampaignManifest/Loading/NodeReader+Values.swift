import AnyreachModel
import Yams

extension NodeReader {
    /// A plain decimal integer within `range`.
    func integer(_ node: Node, _ what: String, range: ClosedRange<Int>) -> Int? {
        guard let scalar = node.scalar, scalar.style == .plain else {
            sink.error(
                location(node), "\(what) must be a whole number\(node.scalar != nil ? " (remove the quotes)" : "")")
            return nil
        }
        guard let text = text(node, what) else { return nil }
        guard let value = Int(text) else {
            sink.error(location(node), "\(what) must be a whole number, not \(Snippet(text))")
            return nil
        }
        guard range.contains(value) else {
            sink.error(
                location(node), "\(what) must be between \(range.lowerBound) and \(range.upperBound) (it is \(value))")
            return nil
        }
        return value
    }

    /// A plain number (integer or decimal) within `range`.
    func number(_ node: Node, _ what: String, range: ClosedRange<Double>) -> Double? {
        guard let text = node.scalar?.style == .plain ? text(node, what) : nil, let value = Self.decimal(text) else {
            sink.error(location(node), "\(what) must be a number")
            return nil
        }
        guard range.contains(value) else {
            sink.error(
                location(node), "\(what) must be between \(range.lowerBound) and \(range.upperBound) (it is \(value))")
            return nil
        }
        return value
    }

    /// `true` or `false`; YAML 1.1's `yes`, `no`, `on` and `off` are refused rather than guessed.
    func bool(_ node: Node, _ what: String) -> Bool? {
        guard let scalar = node.scalar, scalar.style == .plain, let text = text(node, what) else {
            sink.error(location(node), "\(what) must be true or false")
            return nil
        }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            sink.error(location(node), "\(what) must be true or false, not \(Snippet(text))")
            return nil
        }
    }

    /// A list, each item with its node.
    func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            sink.error(location(node), "\(what) must be a list")
            return nil
        }
        return Array(sequence)
    }

    /// A list of strings; bad items are reported and left out.
    func strings(_ node: Node, _ what: String) -> [String]? {
        list(node, what)?.enumerated().compactMap { index, item in string(item, "\(what)[\(index)]") }
    }

    /// A free-form JSON value (for `data` and `agent_config`): plain scalars follow YAML 1.2's
    /// core schema for decimals; numbers with leading zeros, hexadecimal and octal ones stay
    /// strings, as written, since YAML 1.1 would read them in another base.
    func json(_ node: Node, _ what: String) -> JSONValue? {
        switch node {
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping {
                guard let name = key.scalar?.string else {
                    sink.error(location(key), "keys of \(what) must be strings")
                    continue
                }
                if let converted = json(value, "\(what).\(name)") { object[name] = converted }
            }
            return .object(object)
        case .sequence(let sequence):
            return .array(sequence.compactMap { json($0, what) })
        case .scalar(let scalar):
            guard let text = text(node, what) else { return nil }
            return scalar.style == .plain ? Self.plainScalar(text) : .string(text)
        case .alias:
            sink.error(location(node), "YAML aliases are not supported in \(what)")
            return nil
        }
    }

    static func plainScalar(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let leadingZero = digits.count > 1 && digits.hasPrefix("0") && !digits.hasPrefix("0.")
        if !leadingZero, !digits.isEmpty, digits.allSatisfy(\.isNumber), let int = Int64(text) { return .int(int) }
        if !leadingZero, let double = decimal(text) { return .double(double) }
        return .string(text)
    }

    /// A finite number written in decimal (`-12`, `0.5`, `1e3`); nil for anything else that
    /// `Double(_:)` would take, such as `0x1F`, `nan`, `inf` or `1e999`.
    static func decimal(_ text: String) -> Double? {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }),
            text.utf8.allSatisfy({
                (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x65 || $0 == 0x45 || $0 == 0x2B || $0 == 0x2D
            }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}
