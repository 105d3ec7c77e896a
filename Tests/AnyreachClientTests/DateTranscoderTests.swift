import AnyreachModel
import Foundation
import Testing

@testable import AnyreachClient

/// The hand-written RFC 3339 reader agrees with Foundation's, and defers to it for anything else.
@Suite struct DateTranscoderTests {
    let transcoder = RFC3339DateTranscoder()
    let reference = ISO8601DateFormatter()

    @Test(arguments: [
        "2026-11-28T09:00:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1999-12-31T23:59:59Z",
        "2100-03-01T00:00:00Z", "1969-07-20T20:17:40Z", "2026-06-30T12:34:56+02:00", "2026-01-01T00:30:00-05:30",
        "2026-11-28t09:00:00z",
    ])
    func agreesWithFoundation(text: String) throws {
        let expected = try #require(reference.date(from: text.uppercased()))
        #expect(RFC3339DateTranscoder.parse(text) == expected)
        #expect(try transcoder.decode(text) == expected)
    }

    @Test func agreesWithFoundationOnManyInstants() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let instant = Date(
                timeIntervalSince1970: Double(Int64.random(in: -2_000_000_000...5_000_000_000, using: &generator)))
            let text = reference.string(from: instant)
            #expect(RFC3339DateTranscoder.parse(text) == instant, "\(text)")
        }
    }

    @Test func readsFractionalSeconds() throws {
        let date = try #require(RFC3339DateTranscoder.parse("2026-11-28T09:00:00.250Z"))
        #expect(abs(date.timeIntervalSince1970 - 1_795_856_400.25) < 1e-6)
    }

    @Test(arguments: [
        "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-28T24:00:00Z",
        "2026-11-28T09:60:00Z", "2026-11-28 09:00:00Z", "2026-11-28T09:00:00", "2026-11-28T09:00:00.Z",
        "2026-11-28T09:00:00+0200", "26-11-28T09:00:00Z", "2026-11-28T09:00:00Zjunk", "not a date",
    ])
    func leavesAnythingElseToFoundation(text: String) {
        #expect(RFC3339DateTranscoder.parse(text) == nil)
        #expect((try? transcoder.decode(text)) == reference.date(from: text), "the fallback decides: \(text)")
    }

    @Test func encodesWholeSecondsInUTC() throws {
        #expect(try transcoder.encode(Date(timeIntervalSince1970: 1_795_856_400)) == "2026-11-28T09:00:00Z")
    }
}
