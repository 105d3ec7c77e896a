import AnyreachAPI
import AnyreachModel
import ScheduleRules

/// Reads fields out of a JSON body, collecting every problem with its `loc` instead of stopping at
/// the first, so a 422 lists all of them.
final class BodyReader {
    private(set) var issues: [ValidationIssue] = []

    func fail(_ loc: [ValidationIssue.Location], _ msg: String, type: String) {
        issues.append(ValidationIssue(loc: loc, msg: msg, type: type))
    }

    func throwIfInvalid() throws(APIError) {
        if !issues.isEmpty { throw APIError.invalid(issues) }
    }

    /// The body as an object, or a 422 at `loc`.
    func object(_ value: JSONValue?, at loc: [ValidationIssue.Location]) -> [String: JSONValue]? {
        guard let value else { return nil }
        guard case .object(let object) = value else {
            fail(loc, "must be an object", type: "type_error.object")
            return nil
        }
        return object
    }

    /// A string field; `nil` when absent or null (a wrong type is recorded). `length` counts code
    /// points (`Contract.length(of:)`).
    func string(_ value: JSONValue?, at loc: [ValidationIssue.Location], length: ClosedRange<Int>? = nil) -> String? {
        guard let value, value != .null else { return nil }
        guard case .string(let text) = value else {
            fail(loc, "must be a string", type: "type_error.str")
            return nil
        }
        if let length, case let count = Contract.length(of: text), !length.contains(count) {
            let limits = "\(length.lowerBound)–\(length.upperBound)"
            fail(loc, "must be \(limits) characters long (got \(count))", type: "value_error.any_str.length")
            return nil
        }
        return text
    }

    /// An integer field within `range`; `nil` when absent or null (a wrong type is recorded).
    func integer(_ value: JSONValue?, at loc: [ValidationIssue.Location], range: ClosedRange<Int>? = nil) -> Int? {
        guard let value, value != .null else { return nil }
        let number: Int
        switch value {
        case .int(let int): number = Int(int)
        case .double(let double) where double.rounded() == double && abs(double) < 1e15: number = Int(double)
        default:
            fail(loc, "must be an integer", type: "type_error.integer")
            return nil
        }
        if let range, !range.contains(number) {
            fail(
                loc, "must be between \(range.lowerBound) and \(range.upperBound) (got \(number))",
                type: "value_error.number.range")
            return nil
        }
        return number
    }

    /// An array field; `nil` when absent or null (a wrong type is recorded).
    func array(_ value: JSONValue?, at loc: [ValidationIssue.Location]) -> [JSONValue]? {
        guard let value, value != .null else { return nil }
        guard case .array(let items) = value else {
            fail(loc, "must be a list", type: "type_error.list")
            return nil
        }
        return items
    }

    /// A list of strings; items of another type are recorded and skipped.
    func strings(_ value: JSONValue?, at loc: [ValidationIssue.Location]) -> [String]? {
        guard let items = array(value, at: loc) else { return nil }
        return items.enumerated().compactMap { index, item in string(item, at: loc + [.index(index)]) }
    }

    /// Records a required field that is absent or null.
    func require<T>(_ value: T?, present: JSONValue?, at loc: [ValidationIssue.Location]) -> T? {
        if present == nil || present == .null {
            fail(loc, "field required", type: "value_error.missing")
        }
        return value
    }
}

extension Array where Element == ValidationIssue.Location {
    /// A `loc` path from a schedule rule's path.
    static func path(_ components: [RuleViolation.PathComponent]) -> [ValidationIssue.Location] {
        components.map { component in
            switch component {
            case .key(let key): .key(key)
            case .index(let index): .index(index)
            }
        }
    }
}
