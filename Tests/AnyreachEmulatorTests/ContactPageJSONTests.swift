import AnyreachAPI
import AnyreachModel
import Foundation
import TestSupport
import Testing

@testable import AnyreachEmulator

/// The contact listing is written by hand (`ContactPageJSON.swift`) for speed; it must stay the
/// bytes the generated layer encoded before: `JSONEncoder` with `.sortedKeys, .prettyPrinted`
/// over `ContactRecord.wire()`, dates through `ISO8601DateFormatter`.
@Suite struct ContactPageJSONTests {
    /// What the generated server sent for `page` before the listing was written by hand.
    static func encoderBytes(_ page: ContactPageResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let formatter = ISO8601DateFormatter()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatter.string(from: date))
        }
        let body = Components.Schemas.ContactPage(
            contacts: try page.contacts.map { try $0.wire() }, total: page.total,
            limit: page.limit, offset: page.offset)
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }

    static func written(_ page: ContactPageResult) throws -> String {
        String(decoding: try page.json(), as: UTF8.self)
    }

    static func page(_ contacts: [ContactRecord]) -> ContactPageResult {
        ContactPageResult(contacts: contacts, total: contacts.count + 7, limit: 200, offset: 3)
    }

    static let campaign = "01a2209a-c1fd-7000-acf4-9ffe95814b82"

    /// A contact as seeded by the benchmark: phone numbers and an external_id, the rest unset.
    static func plain(_ index: Int) -> ContactRecord {
        ContactRecord(
            seq: Int64(index), id: "01a2209a-c278-7000-bcdf-\(100_000_000_000 + index)", campaign: campaign,
            fields: ContactFields(externalID: "c-\(index)", phoneNumbers: ["+1415555\(1000 + index)"]),
            status: "pending", createdAt: 1_795_843_342, updatedAt: 1_795_843_342 + Int64(index))
    }

    /// Every field set, attempts with and without an end, awkward strings and numbers.
    static func full() -> ContactRecord {
        let data: JSONValue = [
            "b": 1, "a": ["z": [1, 2.5, -0.0, 1e20, 3.0, true, .null, "é\u{1}\n\"/\\"], "y": [:]], "A": [], "é": "x",
            "e": 1.5e-7, "big": .int(Int64.max), "small": .int(Int64.min), "exp": 1e16, "nul": .null,
        ]
        let fields = ContactFields(
            externalID: "x/1", phoneNumbers: ["+14155550100", "+14155550101"], data: StoredObject(data),
            timezone: "America/Chicago",
            scheduledAt: 1_796_112_000, agentID: "ag", agentVersion: 3, agentNumber: "+14155550199",
            agentConfig: ["k": "v", "list": [1, "two"]], initialContext: "hi\tthere 😀 \u{8}\u{c}\r\u{1f}\u{7f}")
        var record = ContactRecord(
            seq: 9, id: "id-full", campaign: campaign, fields: fields, status: "exhausted",
            createdAt: 951_782_400, updatedAt: 4_102_444_799)
        record.attempts = [
            AttemptRecord(
                id: "a1", phoneNumber: "+14155550100", conversationID: "conv/1", outcome: "no_answer",
                startedAt: 1_796_112_000, endedAt: 1_796_112_030),
            AttemptRecord(
                id: "a2", phoneNumber: "+14155550101", conversationID: "conv-2", outcome: nil,
                startedAt: 1_796_112_100, endedAt: nil),
        ]
        return record
    }

    @Test("A page of plain contacts is written as the encoder wrote it")
    func plainPage() throws {
        let page = Self.page((0..<5).map(Self.plain))
        #expect(try Self.written(page) == (try Self.encoderBytes(page)))
    }

    @Test("Every field, attempts, awkward strings and numbers are written as the encoder wrote them")
    func fullContact() throws {
        let page = Self.page([Self.full(), Self.plain(1)])
        #expect(try Self.written(page) == (try Self.encoderBytes(page)))
    }

    @Test("An empty page, an ad hoc contact (campaign_id null), an unknown status (sent as pending)")
    func edges() throws {
        var adHoc = Self.plain(2)
        adHoc.campaign = Contract.adHocCampaignID
        adHoc.status = "weird"
        #expect(try Self.written(Self.page([])) == (try Self.encoderBytes(Self.page([]))))
        #expect(try Self.written(Self.page([adHoc])) == (try Self.encoderBytes(Self.page([adHoc]))))
    }

    @Test("Random data and agent_config objects are written as the encoder wrote them", arguments: 0..<8)
    func randomData(seed: UInt64) throws {
        let page = Self.page(Self.randomContacts(seed: seed, dataDepth: 3))
        #expect(try Self.written(page) == (try Self.encoderBytes(page)))
    }

    /// Plain contacts given random `data` (nested `dataDepth` deep), `agent_config` and
    /// `initial_context`.
    static func randomContacts(seed: UInt64, dataDepth: Int) -> [ContactRecord] {
        var random = SeededRandom(seed: seed)
        return (0..<25).map { index -> ContactRecord in
            var record = Self.plain(index)
            record.fields.data = StoredObject(RandomJSON.object(depth: dataDepth, using: &random))
            // `JSONValue?.none`, not `nil`: JSONValue takes a nil literal as `.null`.
            record.fields.agentConfig = index % 3 == 0 ? JSONValue?.none : RandomJSON.object(depth: 2, using: &random)
            record.fields.initialContext = RandomJSON.string(using: &random)
            return record
        }
    }

    @Test("The listing served over HTTP is the encoder's bytes for the same page")
    func servedListing() async throws {
        try await EmulatorHarness.with { api in
            let campaign = try await api.createCampaign(
                externalID: "spring", configurationID: api.createConfiguration())
            let item: JSONValue = [
                "external_id": "a/b", "phone_numbers": ["+14155550100"], "timezone": "Europe/Paris",
                "scheduled_at": "2026-12-01T10:00:00+02:00", "data": ["n": 1.5, "s": "é\"", "l": [1, .null]],
                "agent_config": ["k": "v"], "initial_context": "line\nbreak",
            ]
            _ = try await api.upsert(campaign, [item, ["phone_numbers": ["+14155550101"]]])
            let served = try await api.get("/campaign/campaigns/spring/contacts?limit=10")
            let page = try await api.emulator.store.listContacts(
                org: CredentialStore.localOrg, campaign: campaign, limit: 10,
                offset: 0, statuses: [])
            #expect(served.text == (try Self.encoderBytes(page)))
        }
    }
}

/// `data` is written from its stored text: a flat object token by token, anything else read whole
/// as the generated layer reads it.
@Suite struct StoredDataJSONTests {
    static func written(_ data: StoredObject) throws -> String {
        var record = ContactPageJSONTests.plain(0)
        record.fields.data = data
        return try ContactPageJSONTests.written(ContactPageJSONTests.page([record]))
    }

    @Test("Flat data objects, re-indented from their text, are written as the encoder wrote them", arguments: 0..<8)
    func flatData(seed: UInt64) throws {
        let page = ContactPageJSONTests.page(ContactPageJSONTests.randomContacts(seed: seed, dataDepth: 1))
        #expect(try ContactPageJSONTests.written(page) == (try ContactPageJSONTests.encoderBytes(page)))
    }

    @Test(
        "Text not in the store's order, or not flat, is written as its value is",
        arguments: [
            #"{"b":1,"a":2}"#, #"{"a":1,"a":2}"#, #"{ "a" : "x\/y" }"#, #"{"a":1.0,"b":"\u00e9"}"#,
            #"{"z":[],"y":{}}"#, #"{"big":1.152921504606847e+18,"small":-9.223372036854776e+18}"#,
        ])
    func otherText(text: String) throws {
        let value = try JSONValue.parse(Array(text.utf8))
        #expect(try Self.written(StoredObject(storedText: text)) == (try Self.written(StoredObject(value))))
    }

    @Test(
        "Text that is not JSON fails the page rather than being sent",
        arguments: [#"{"a":"#, #"{"a":01}"#, #"{"a":1}x"#, "{\"a\":\"\u{1}\"}"])
    func brokenText(text: String) {
        #expect(throws: (any Error).self) { try Self.written(StoredObject(storedText: text)) }
    }
}

/// Strings are looked at eight bytes at a time; every byte that needs an escape, at every place
/// of strings up to 40 bytes long, is escaped as Foundation escapes it.
@Suite struct PrettyJSONWriterStringTests {
    static func written(_ text: String) -> String {
        var writer = PrettyJSONWriter()
        writer.string(text)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test("Each escaped byte at each place is written as JSONEncoder writes it")
    func everyPlace() throws {
        let specials: [Character] = ["\"", "\\", "/", "\u{0}", "\u{1f}", "\n", "\t", "\u{8}", "\u{c}", "\r"]
        for length in 0...40 {
            for place in 0..<max(length, 1) {
                for special in specials {
                    var characters = Array(repeating: Character("a"), count: length)
                    if length > 0 { characters[place] = special }
                    let text = String(characters) + "é"
                    let encoded = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
                    #expect(Self.written(text) == encoded, "\(text.debugDescription)")
                }
            }
        }
    }
}
