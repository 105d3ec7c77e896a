import AnyreachModel
import Foundation
import TestSupport
import Testing

@testable import CampaignManifest

/// The shortcuts taken for speed give exactly the answers of the slow, obviously right way.
@Suite struct FastPathTests {
    /// What Foundation's formatter makes of `text`, in UTC with whole seconds. It rolls impossible
    /// dates over (February 30th is March 2nd), so it is the reference for real dates only.
    static func reference(_ text: String) -> String? {
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ] {
            let parser = ISO8601DateFormatter()
            parser.formatOptions = options
            if let date = parser.date(from: text.uppercased()) {
                let printer = ISO8601DateFormatter()
                printer.formatOptions = [.withInternetDateTime]
                return printer.string(from: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
            }
        }
        return nil
    }

    /// The hand-written RFC 3339 reader gives Foundation's instant for every real date, and
    /// refuses the days a month doesn't have instead of rolling them over.
    @Test func scheduledAtAgreesWithFoundationOnRealDates() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            let text = Self.randomTimestamp(&random)
            let parsed = try? RFC3339Timestamp.parse(text)
            if Self.isRealDate(text) {
                #expect(parsed?.utcText == Self.reference(text), "\(text)")
            } else {
                #expect(parsed == nil, "\(text)")
            }
        }
    }

    /// Whether the `YYYY-MM-DD` that `text` starts with is in the calendar, worked out apart from
    /// `CivilDate`.
    static func isRealDate(_ text: String) -> Bool {
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        let (year, month, day) = (parts[0], parts[1], parts[2])
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func randomTimestamp(_ random: inout SeededRandom) -> String {
        func two(_ range: ClosedRange<Int>) -> String { String(format: "%02d", Int.random(in: range, using: &random)) }
        let date =
            "\(Int.random(in: 1900...2100, using: &random))-\(two(1...12))-\(two(1...31))T\(two(0...23)):\(two(0...59)):\(two(0...59))"
        let fraction = Bool.random(using: &random) ? "" : "." + String(Int.random(in: 0...999_999, using: &random))
        let offset = ["Z", "+\(two(0...14)):\(two(0...59))", "-\(two(0...12)):\(two(0...59))"].randomElement(
            using: &random)!
        return date + fraction + offset
    }

    @Test func dataSizeBoundsTheEncodingAndFindsTheExactExcess() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<500 {
            let value = Self.randomJSON(&random, depth: 3)
            let exact = value.compactData().count
            #expect(DataSize.upperBound(value) >= exact, "\(value.compactString())")
            for limit in [exact - 1, exact, exact + 1] {
                #expect(DataSize.excess(of: value, limit: limit) == (exact > limit ? exact : nil))
            }
        }
    }

    /// Contacts hold `data` as canonical text; its size is what the API measures of the value
    /// that text sends, and only text past a third of the limit is parsed to find it.
    @Test func dataSizeOfCanonicalTextIsTheSizeOfWhatItSends() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<500 {
            let text = String(decoding: Self.randomJSON(&random, depth: 3).canonicalBytes(), as: UTF8.self)
            let exact = (try? JSONValue.read(Array(text.utf8)))?.compactData().count ?? -1
            #expect(exact <= text.utf8.count * 3, "\(text)")
            for limit in [exact - 1, exact, exact + 1] {
                #expect(DataSize.excess(ofCanonical: text, limit: limit) == (exact > limit ? exact : nil), "\(text)")
            }
        }
    }

    @Test func dataAtTheLimitIsAllowedAndOneByteMoreIsNot() {
        let padding = String(repeating: "x", count: Contract.maxDataBytes - #"{"k":""}"#.utf8.count)
        #expect(DataSize.excess(of: .object(["k": .string(padding)]), limit: Contract.maxDataBytes) == nil)
        #expect(
            DataSize.excess(of: .object(["k": .string(padding + "é")]), limit: Contract.maxDataBytes) == Contract
                .maxDataBytes + 2)
    }

    static func randomJSON(_ random: inout SeededRandom, depth: Int) -> JSONValue {
        let pieces = ["a", "é", "\"", "\\", "/", "\n", "\u{1}", "\u{7F}", "😀", "\u{2028}", " ", "0"]
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        switch Int.random(in: 0...(depth > 0 ? 7 : 5), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .int(Int64.random(in: Int64.min...Int64.max, using: &random))
        case 3:
            return .double([0.1, -1e300, 5e-324, 1.7976931348623157e308, 123.456, -0.0].randomElement(using: &random)!)
        case 4, 5: return .string(text())
        case 6:
            return .array(
                (0..<Int.random(in: 0...4, using: &random)).map { _ in randomJSON(&random, depth: depth - 1) })
        default:
            var object: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                object[text()] = randomJSON(&random, depth: depth - 1)
            }
            return .object(object)
        }
    }
}
