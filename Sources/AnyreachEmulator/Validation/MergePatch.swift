import AnyreachAPI
import AnyreachModel

/// RFC 7396 JSON merge patch: objects merge recursively, anything else replaces, `null` removes.
///
/// A removed key then takes its default when the result is read back, which is how the contract's
/// "`null` restores a default" falls out (§6.2).
enum MergePatch {
    static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
        guard case .object(let patchObject) = patch else { return patch }
        var result = target.objectValue ?? [:]
        for (key, value) in patchObject {
            if value == .null {
                result.removeValue(forKey: key)
            } else {
                result[key] = apply(value, to: result[key] ?? .null)
            }
        }
        return .object(result)
    }
}
