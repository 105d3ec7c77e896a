import AnyreachAPI
import AnyreachModel
import TestSupport

/// Random JSON values built from the awkward parts: strings that need escapes or sort oddly,
/// doubles that read back as integers and ones that don't, the integer extremes.
enum RandomJSON {
    static let pieces = [
        "a", "A", "_", "0", "é", "😀", "\u{0}", "\u{1f}", "\"", "\\", "/", "\n", "\t", "\u{8}", "\u{c}", "\r",
        "\u{7f}", "\u{2028}", "key", " ",
    ]
    static let doubles: [Double] = [
        0.5, -0.0, 3.0, 1e20, 1e16, 1.5e-7, 0.1, -2.75, 5e-324, 1.7976931348623157e308,
        9.223372036854775807e18, -9.223372036854775808e18, 123456.789, 1e-5, 100.0,
        1_152_921_504_606_846_976.0, 9_007_199_254_740_994.0, -4.5e15,
    ]
    static let ints: [Int64] = [0, 1, -1, 42, Int64.max, Int64.min, 1_000_000_000_000]

    static func string(using random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    static func object(depth: Int, using random: inout SeededRandom) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            members[string(using: &random)] = value(depth: depth - 1, using: &random)
        }
        return .object(members)
    }

    static func value(depth: Int, using random: inout SeededRandom) -> JSONValue {
        switch Int.random(in: 0...(depth > 0 ? 7 : 5), using: &random) {
        case 0: .null
        case 1: .bool(Bool.random(using: &random))
        case 2: .int(ints.randomElement(using: &random)!)
        case 3: .double(doubles.randomElement(using: &random)!)
        case 4, 5: .string(string(using: &random))
        case 6: .array((0..<Int.random(in: 0...3, using: &random)).map { _ in value(depth: depth - 1, using: &random) })
        default: object(depth: depth - 1, using: &random)
        }
    }
}
