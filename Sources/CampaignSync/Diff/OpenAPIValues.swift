public import AnyreachAPI
public import AnyreachModel
import OpenAPIRuntime

extension JSONValue {
    /// A value of the runtime's free-form containers, converted without a JSON round trip
    /// (the planner converts every live contact's `data`).
    static func fromOpenAPI(_ value: (any Sendable)?) -> JSONValue {
        switch value {
        case nil: .null
        case let bool as Bool: .bool(bool)
        case let int as Int: .int(Int64(int))
        case let int as Int64: .int(int)
        case let double as Double: .double(double)
        case let string as String: .string(string)
        case let array as [(any Sendable)?]: .array(array.map(fromOpenAPI))
        case let object as [String: (any Sendable)?]: .object(object.mapValues(fromOpenAPI))
        default: .string(String(describing: value!))
        }
    }
}
