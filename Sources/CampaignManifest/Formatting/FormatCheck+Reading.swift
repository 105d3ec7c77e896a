import AnyreachModel
import Yams

extension FormatCheck {
    /// How the loader reads a scalar in a place of this rule: a string whatever its quotes
    /// (null when plain and null), data by YAML 1.2's core schema when plain, and otherwise the
    /// text with whether it is plain.
    enum Reading: Equatable {
        case null
        case text(String)
        case json(JSONValue)
        case exact(String, plain: Bool)

        init(_ scalar: Node.Scalar, rule: ScalarRule) {
            let plain = scalar.style == .plain
            let value = scalar.string
            switch rule {
            case _ where plain && value == "<<": self = .exact(value, plain: true)
            case .string where plain && NodeReader.nullWords.contains(value): self = .null
            case .string: self = .text(value)
            case .freeForm where ScalarText.holdsInterpolation(value): self = .exact(value, plain: plain)
            case .freeForm: self = .json(plain ? NodeReader.plainScalar(value) : .string(value))
            case .asWritten: self = .exact(value, plain: plain)
            }
        }
    }

    /// Where two trees of one document read differently (a path such as `campaigns.spring.name`),
    /// or nil: keys matched by name whatever their order, lists item by item.
    static func difference(_ old: Node, _ new: Node, shape: FormatShape, rule: ScalarRule, path: String) -> String? {
        switch (old, new) {
        case (.scalar(let old), .scalar(let new)):
            return Reading(old, rule: rule) == Reading(new, rule: rule) ? nil : path
        case (.sequence(let old), .sequence(let new)):
            guard old.count == new.count else { return path }
            for (index, (before, after)) in zip(old, new).enumerated() {
                let item = shape.items
                if let found = difference(before, after, shape: item, rule: item.scalarRule, path: "\(path)[\(index)]")
                {
                    return found
                }
            }
            return nil
        case (.mapping(let old), .mapping(let new)):
            return difference(old, new, shape: shape, path: path)
        default:
            return path
        }
    }

    private static func difference(_ old: Node.Mapping, _ new: Node.Mapping, shape: FormatShape, path: String)
        -> String?
    {
        guard old.count == new.count else { return path }
        let keyRule = shape.hasFields ? ScalarRule.string : shape.entries?.keys ?? .asWritten
        var byName: [String: (key: Node, value: Node)] = [:]
        for (key, value) in new { byName[key.scalar?.string ?? ""] = (key, value) }
        for (key, value) in old {
            let name = key.scalar?.string ?? ""
            let at = path.isEmpty ? name : path + "." + name
            guard let match = byName[name], let oldKey = key.scalar, let newKey = match.key.scalar,
                Reading(oldKey, rule: keyRule) == Reading(newKey, rule: keyRule)
            else { return at }
            let field = shape.field(name)
            if let found = difference(value, match.value, shape: field, rule: field.scalarRule, path: at) {
                return found
            }
        }
        return nil
    }
}
