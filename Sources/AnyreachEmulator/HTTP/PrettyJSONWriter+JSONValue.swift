import AnyreachAPI
import AnyreachModel
import Foundation

extension PrettyJSONWriter {
    /// A free-form value (`data`, `agent_config`) as the generated layer sends it: through an
    /// `OpenAPIObjectContainer` decoded from the value's compact JSON (`ContactRecord.wire()`).
    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .int(let number): int(number)
        case .double(let number): double(number)
        case .string(let text): string(text)
        case .array(let items): array(items)
        case .object(let members): object(members)
        }
    }

    /// A double goes out as Foundation reads its JSON text back: as an integer when it can
    /// (`3.0` → `3`, `1e+16` → `10000000000000000`, but `-9.223372036854776e+18` stays a double,
    /// since from 2^53 up the decoder reads the decimal text, not the double). Those rules are
    /// asked of Foundation rather than copied; a double in `data` is rare.
    private mutating func double(_ value: Double) {
        guard let encoded = try? JSONEncoder().encode(value) else { return null() }
        if let whole = try? JSONDecoder().decode(Int.self, from: encoded) {
            int(Int64(whole))
        } else {
            number(String(decoding: encoded, as: UTF8.self))
        }
    }

    private mutating func array(_ items: [JSONValue]) {
        beginArray()
        for item in items {
            element()
            value(item)
        }
        endArray()
    }

    private mutating func object(_ members: [String: JSONValue]) {
        beginObject()
        for (name, member) in members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(name)
            value(member)
        }
        endObject()
    }
}
