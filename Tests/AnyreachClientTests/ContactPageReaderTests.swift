import AnyreachAPI
import AnyreachModel
import Foundation
import Testing

@testable import AnyreachClient

/// The contact page reader reads exactly what the generated `Codable` types read: the same
/// contacts from the same bytes, and a refusal (naming the field or the byte) where they refuse.
@Suite struct ContactPageReaderTests {
    /// Contacts that go through every branch: nulls and absent keys, escapes and non-ASCII text,
    /// numbers of each kind in `data`, nested values, offsets on timestamps, unknown fields.
    static let contacts = [
        #"{"id":"c1","external_id":"lead-1","campaign_id":null,"phone_numbers":["+14155550100"],"data":{},"status":"pending","attempts":[],"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#,
        #"{"updated_at":"2026-01-01T00:00:00Z","created_at":"2026-01-01T00:00:00Z","attempts":[{"id":"a","phone_number":"+1","outcome":null,"started_at":"2026-01-01T00:00:00Z","ended_at":null}],"status":"in_progress","data":{"n":1,"f":1.5,"whole":2.0,"big":12345678901234567890,"neg":-0.25e2,"t":true,"z":null,"list":[1,"two",{"x":[]}],"s":"caf\u00e9 \"q\" \\ \n \ud83d\ude00 ü"},"phone_numbers":["+14155550101","+14155550102"],"external_id":"lead-\u0032","id":"c2","timezone":"America/New_York","scheduled_at":"2026-03-01T09:30:15.75+02:00","agent_id":"agent-x","agent_version":3,"agent_number":"+14155550199","agent_config":{"voice":"calm","speed":1.0},"initial_context":"Hello\tthere","campaign_id":"k","future_field":{"a":[true,false]}}"#,
        #"{"id":"c3","phone_numbers":[],"data":{"k":"v"},"status":"completed","attempts":[],"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00+00:00","timezone":null,"scheduled_at":null,"agent_config":null,"agent_version":null}"#,
        #" { "id" : "c4" , "external_id" : "lead-4" , "phone_numbers" : [ "+442079460018" ] , "data" : { "a" : { "b" : { "c" : [ ] } } } , "status" : "exhausted" , "attempts" : [ ] , "created_at" : "2026-01-01T00:00:00Z" , "updated_at" : "2026-01-01T00:00:00Z" } "#,
    ]

    static func page(_ contacts: [String], total: Int? = nil) -> String {
        #"{"contacts":["# + contacts.joined(separator: ",")
            + #"],"total":\#(total ?? contacts.count),"limit":200,"offset":0}"#
    }

    static func read(_ text: String) throws(ContactPageProblem) -> LiveContactPage {
        try Array(text.utf8).withUnsafeBufferPointer { bytes throws(ContactPageProblem) in
            try ContactPageReader.read(bytes)
        }
    }

    static func generated(_ text: String) throws -> Components.Schemas.ContactPage {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            try RFC3339DateTranscoder().decode(try decoder.singleValueContainer().decode(String.self))
        }
        return try decoder.decode(Components.Schemas.ContactPage.self, from: Data(text.utf8))
    }

    @Test func theReaderReadsWhatTheGeneratedTypesRead() throws {
        let text = Self.page(Self.contacts, total: 1234)
        let page = try Self.read(text)
        let expected = try Self.generated(text)
        #expect(page.total == 1234 && page.limit == 200 && page.offset == 0)
        #expect(page.contacts == expected.contacts.map(LiveContact.init))
        let second = try #require(page.contacts.dropFirst().first)
        #expect(second.state.scheduledAt == "2026-03-01T07:30:15Z", "UTC, whole seconds")
        #expect(second.state.data.objectValue?["s"] == .string("café \"q\" \\ \n 😀 ü"))
        #expect(
            second.state.data.objectValue?["whole"] == .int(2), "integral numbers are integers, as in the manifests")
        #expect(second.externalID == "lead-2" && second.status == .inProgress)
    }

    /// A time zone a page repeats is read once and shared (its text is past the 15 bytes a
    /// string holds inline); an escaped spelling of it reads the same, and is shared with its
    /// own repeats (the emulator, like `JSONEncoder`, writes `America\/New_York`).
    @Test func aRepeatedTimeZoneIsReadOnceAndShared() throws {
        let spellings = [
            #""America/Los_Angeles""#, #""America/Los_Angeles""#, #""America\/Los_Angeles""#,
            #""America\/Los_Angeles""#, "null",
        ]
        let zoned = spellings.map {
            Self.contacts[0].replacingOccurrences(of: #""data":{}"#, with: #""data":{},"timezone":\#($0)"#)
        }
        let page = try Self.read(Self.page(zoned))
        let zones = page.contacts.map(\.state.timezone)
        #expect(zones == Array(repeating: "America/Los_Angeles", count: 4) + [nil])
        func storage(_ text: String?) -> UnsafePointer<UInt8>? {
            text?.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil
        }
        #expect(storage(zones[0]) != nil && storage(zones[0]) == storage(zones[1]), "one string for both")
        #expect(storage(zones[2]) != nil && storage(zones[2]) == storage(zones[3]), "one for the escaped ones")
        #expect(page.contacts == (try Self.generated(Self.page(zoned))).contacts.map(LiveContact.init))
    }

    /// Each case: the page, and what the error must say.
    static let refused: [(String, String)] = [
        (#"{"contacts":[],"total":0,"limit":200}"#, "the field 'offset' is missing"),
        (#"{"contacts":{},"total":0,"limit":200,"offset":0}"#, "the field 'contacts' is not a list"),
        (#"{"contacts":[7],"total":1,"limit":200,"offset":0}"#, "the field 'contacts[0]' is not an object"),
        (
            page([contacts[0].replacingOccurrences(of: #""status":"pending","#, with: "")]),
            "'contacts[0].status' is missing"
        ),
        (
            page([contacts[0], contacts[0].replacingOccurrences(of: #""pending""#, with: #""asleep""#)]),
            "the field 'contacts[1].status' holds a value the API never sends"
        ),
        (
            page([contacts[0].replacingOccurrences(of: #"["+14155550100"]"#, with: #"["+1415", 5]"#)]),
            "the field 'contacts[0].phone_numbers[1]' is not a string"
        ),
        (
            page([contacts[0].replacingOccurrences(of: #""data":{}"#, with: #""data":[]"#)]),
            "the field 'contacts[0].data' is not an object"
        ),
        (
            page([
                contacts[0].replacingOccurrences(of: "2026-01-01T00:00:00Z\",\"updated", with: "yesterday\",\"updated")
            ]),
            "the field 'contacts[0].created_at' holds a value the API never sends"
        ),
        (page([contacts[0]]) + "x", "the body is not valid JSON at byte"),
        (String(page([contacts[0]]).dropLast(3)), "the body is not valid JSON at byte"),
        (
            page([contacts[0].replacingOccurrences(of: "lead-1", with: #"lead\x"#)]),
            "the body is not valid JSON at byte"
        ),
        (page([contacts[0].replacingOccurrences(of: "lead-1", with: #"\ud83d"#)]), "surrogate"),
        (page([contacts[0].replacingOccurrences(of: #""data":{}"#, with: #""data":{"n":01}"#)]), "not valid JSON"),
        (page([contacts[0].replacingOccurrences(of: #""data":{}"#, with: #""data":{"n":1e999}"#)]), "not valid JSON"),
        (String(repeating: "[", count: 300) + String(repeating: "]", count: 300), "at byte 0: expected '{'"),
        (
            page([contacts[1].replacingOccurrences(of: #""started_at":"2026-01-01T00:00:00Z","#, with: "")]),
            "the field 'contacts[0].attempts[0].started_at' is missing"
        ),
        (#"{"x":"# + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "}", "less nesting"),
    ]

    @Test(arguments: refused.indices)
    func aPageOutsideTheContractIsRefusedSayingWhere(_ index: Int) {
        let (text, said) = Self.refused[index]
        #expect(throws: ContactPageProblem.self) { try Self.read(text) }
        do {
            _ = try Self.read(text)
        } catch {
            #expect(error.description.contains(said), "\(error.description)")
        }
        // The generated types refuse it as well (the nesting bound is ours alone).
        if !said.contains("nesting") { #expect(throws: (any Error).self) { try Self.generated(text) } }
    }

    /// The status is matched on its bytes, and `campaign_id` checked without being kept; an
    /// escaped status reads as its text, and a campaign_id of another type is refused.
    @Test func statusAndCampaignIDAreReadWithoutTheirText() throws {
        let escaped = Self.contacts[0].replacingOccurrences(of: #""pending""#, with: #""in\u005fprogress""#)
        let uuid = Self.contacts[0].replacingOccurrences(
            of: #""campaign_id":null"#, with: #""campaign_id":"01a2372e-3e26-7000-b469-4d9b95af39b2""#)
        let page = try Self.read(Self.page([escaped, uuid]))
        #expect(page.contacts.map(\.status) == [.inProgress, .pending])
        #expect(page.contacts == (try Self.generated(Self.page([escaped, uuid]))).contacts.map(LiveContact.init))
        let numbered = Self.contacts[0].replacingOccurrences(of: #""campaign_id":null"#, with: #""campaign_id":7"#)
        #expect {
            try Self.read(Self.page([numbered]))
        } throws: { error in
            (error as? ContactPageProblem)?.description.contains("'contacts[0].campaign_id' is not a string") == true
        }
    }

    @Test func invalidUTF8IsRefused() {
        var bytes = Array(Self.page([Self.contacts[0]]).utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "l"))!
        bytes[at] = 0xC3
        let error = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ContactPageProblem) in try ContactPageReader.read(buffer) }
        }
        guard case .failure(let problem) = error else { return #expect(Bool(false), "read invalid UTF-8") }
        #expect(problem.description.contains("valid UTF-8"))
    }

    /// `JSONValue.read` (the scanner, which the emulator reads its stored JSON with) reads what
    /// `JSONValue.parse` (`JSONDecoder`) reads, numbers included.
    @Test(arguments: [
        "1.0", "1e2", "1.5", "-0", "-0.0", "0.1e1", "12345678901234567890", "9007199254740993", "-12",
        #"{"a":[1,2.5,{"b":null,"c":true}],"d":"x\/y \u00e9 \ud83d\ude00 é","e":false}"#, #""\t\"\\""#, "[]", "{}",
    ])
    func theScannerReadsValuesAsTheDecoderDoes(_ text: String) throws {
        #expect(try JSONValue.read(Array(text.utf8)) == JSONValue.parse(Array(text.utf8)))
    }
}
