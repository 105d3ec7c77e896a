import AnyreachAPI
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachEmulator

/// The emulator's own readers and writers of stored forms, held to what Foundation does.
@Suite struct StoredFormatTests {
    static let seconds: [Int64] = [
        0, 1, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_795_843_342, 4_102_444_799, 4_102_444_800,
        253_402_300_799, -1, -86_400, -2_208_988_800, 1_234_567_890, 2_000_000_000,
    ]

    @Test("Timestamps are written as ISO8601DateFormatter writes them", arguments: seconds)
    func timestamp(_ seconds: Int64) {
        let formatter = ISO8601DateFormatter()
        #expect(Timestamp.rfc3339(seconds) == formatter.string(from: Timestamp.date(seconds)))
        #expect(BodyDateTranscoder.text(seconds) == formatter.string(from: Timestamp.date(seconds)))
    }

    @Test("Every day from 1900 to 2200 is written as ISO8601DateFormatter writes it")
    func everyDay() {
        let formatter = ISO8601DateFormatter()
        let mismatches = stride(from: Int64(-2_208_988_800), to: 7_258_118_400, by: 86_400 - 7).filter { seconds in
            Timestamp.rfc3339(seconds) != formatter.string(from: Timestamp.date(seconds))
        }
        #expect(mismatches.isEmpty)
    }

    @Test(
        "Years 0000–1899 are written as RFC3339Timestamp reads them, in the Gregorian calendar",
        arguments: ["0000-02-29T00:00:00Z", "0001-01-01T00:00:00Z", "1582-10-04T12:00:00Z", "1899-12-31T23:59:59Z"])
    func gregorianBefore1900(_ text: String) throws {
        let seconds = try RFC3339Timestamp.parse(text).seconds
        #expect(BodyDateTranscoder.text(seconds) == text)
        #expect(try BodyDateTranscoder().encode(Timestamp.date(seconds)) == text)
    }

    @Test("Outside 0000–9999 the formatter writes the date", arguments: [Int64(-62_167_219_201), 253_402_300_800])
    func outsideFastYears(_ seconds: Int64) throws {
        #expect(Timestamp.rfc3339(seconds) == nil)
        #expect(BodyDateTranscoder.text(seconds) == ISO8601DateFormatter().string(from: Timestamp.date(seconds)))
        #expect(
            try BodyDateTranscoder().encode(Timestamp.date(seconds))
                == ISO8601DateFormatter().string(from: Timestamp.date(seconds)))
    }

    @Test("A date with a fraction of a second goes to the formatter")
    func fractionalDate() throws {
        let date = Date(timeIntervalSince1970: 1_795_843_342.5)
        #expect(try BodyDateTranscoder().encode(date) == ISO8601DateFormatter().string(from: date))
    }

    static let phoneColumns = [
        "[]", #"["+14155550100"]"#, #"["+14155550100","+14155550101"]"#, #"["é😀",""]"#, #"["a\"b"]"#, #"["a\/b"]"#,
    ]

    @Test("phone_numbers columns read as JSONDecoder reads them", arguments: phoneColumns)
    func phoneColumn(_ text: String) throws {
        #expect(try StoredJSON.strings(text) == JSONDecoder().decode([String].self, from: Data(text.utf8)))
    }

    @Test(
        "Text that is not a plain list of strings is left to the decoder",
        arguments: ["", "[", #"["a""b"]"#, #"["a",]"#, #"["a"#, #"[1]"#, #"["a\"]"#, " []"])
    func notPlain(_ text: String) {
        #expect(StoredJSON.plainStrings(Array(text.utf8)) == nil)
    }

    @Test("data columns read as JSONValue.parse reads them", arguments: ["{}", #"{"a":1}"#, #"{"b":[1.5,null,"x"]}"#])
    func dataColumn(_ text: String) throws {
        #expect(try StoredJSON.value(text) == JSONValue.parse(Array(text.utf8)))
    }
}
