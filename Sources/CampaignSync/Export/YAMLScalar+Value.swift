import AnyreachModel
import CampaignManifest

extension YAMLScalar {
    /// A value: strings get `${` written as `$${`, since the loader interpolates every value.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): string(Interpolation.escaped(text))
        case .array(let items) where items.isEmpty: "[]"
        case .object(let object) where object.isEmpty: "{}"
        // Numbers, booleans and null print as JSON does, which YAML reads back the same.
        default: value.canonicalString
        }
    }
}

/// The loader replaces `${NAME}` in every value and reads `$${` as a literal `${`; writing each
/// `${` of a live value as `$${` gives back exactly the live value.
enum Interpolation {
    static func escaped(_ text: String) -> String {
        guard text.contains("${") else { return text }
        var out = ""
        var previous: Character?
        for character in text {
            if character == "{", previous == "$" {
                out.removeLast()
                out += "$${"
            } else {
                out.append(character)
            }
            previous = character
        }
        return out
    }
}
