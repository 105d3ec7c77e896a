import AnyreachAPI
import AnyreachModel
import Foundation
import OpenAPIRuntime
import TestSupport
import Testing

@testable import AnyreachClient

/// The bodies apply writes by hand mean exactly what the generated request types encode: the
/// same keys, the same nulls where a field is cleared, the same values, for items that go
/// through every branch and for a few hundred generated ones.
@Suite struct RequestBodyWriterTests {
    static let items: [ContactUpsert] = [
        ContactUpsert(externalID: "lead-1", state: ContactState(phoneNumbers: ["+14155550100"])),
        ContactUpsert(id: "0190-uuid", externalID: nil, state: ContactState(phoneNumbers: [])),
        ContactUpsert(
            id: "0190-other", externalID: "lead-\"2\"",
            state: ContactState(
                phoneNumbers: ["+14155550101", "+442079460018"],
                data: [
                    "n": 1, "f": 1.5, "whole": .double(2), "neg": -25, "t": true, "z": .null,
                    "list": [1, "two", ["x": []]], "s": "café \"q\" \\ \n\u{1} 😀 \u{2028}",
                ],
                timezone: "America/New_York", scheduledAt: "2026-03-01T07:30:15Z", agentID: "agent-x",
                agentVersion: 3, agentNumber: "+14155550199", agentConfig: ["voice": "calm", "speed": 1.25],
                initialContext: "Hello\tthere </script>")),
        ContactUpsert(externalID: nil, state: ContactState(phoneNumbers: ["+14155550102"], data: "not an object")),
        ContactUpsert(
            externalID: "lead-5",
            state: ContactState(
                phoneNumbers: ["+14155550103"], scheduledAt: "2026-03-01T09:30:15+02:00", agentConfig: .array([]))),
    ]

    @Test func anUpsertBodyMeansWhatTheGeneratedTypesSend() throws {
        let written = try JSONValue.parse(RequestBodyWriter.upsertBody(Self.items))
        let request = Components.Schemas.ContactUpsertRequest(contacts: try Self.items.map(Self.reference))
        #expect(written == (try Self.encoded(request)))
        guard case .array(let sent)? = written.objectValue?["contacts"] else {
            Issue.record("no contacts in \(written)")
            return
        }
        let first = try #require(sent.first?.objectValue)
        #expect(first["timezone"] == .null && first["initial_context"] == .null, "unset fields are sent as null")
        #expect(first["id"] == nil, "a key that isn't set is left out")
    }

    @Test func aCampaignCreateMeansWhatTheGeneratedTypesSend() throws {
        let create = CampaignCreate(
            externalID: "spring", name: "Spring \"24\"", priority: 7, configuration: "hours", configurationID: nil)
        for items in [Self.items, []] {
            let written = try JSONValue.parse(
                RequestBodyWriter.campaignCreateBody(create, configurationID: "cfg-uuid", items: items))
            let body = Components.Schemas.CampaignCreate(
                name: create.name, configurationId: "cfg-uuid", externalId: create.externalID, priority: 7,
                contacts: items.isEmpty ? nil : try items.map(Self.reference))
            #expect(written == (try Self.encoded(body)))
        }
    }

    @Test func generatedItemsMeanWhatTheGeneratedTypesSend() throws {
        var random = SeededRandom(seed: 18)
        let items = (0..<300).map { _ in Self.randomItem(&random) }
        let written = try JSONValue.parse(RequestBodyWriter.upsertBody(items))
        let request = Components.Schemas.ContactUpsertRequest(contacts: try items.map(Self.reference))
        #expect(written == (try Self.encoded(request)))
    }

    @Test func aTimestampThatIsNotRFC3339IsRefusedBeforeAnythingIsSent() {
        let item = ContactUpsert(
            externalID: "a", state: ContactState(phoneNumbers: ["+14155550100"], scheduledAt: "tomorrow"))
        #expect(throws: WirePayloadError.self) { try RequestBodyWriter.upsertBody([item]) }
    }

    // MARK: - The reference: the generated types, as the client sent these bodies before

    static func reference(_ item: ContactUpsert) throws -> Components.Schemas.ContactInput {
        let state = item.state
        return .init(
            id: item.id, externalId: item.externalID, phoneNumbers: state.phoneNumbers,
            data: .init(additionalProperties: try container(state.data)), timezone: state.timezone,
            scheduledAt: try state.scheduledAt.map { try RFC3339DateTranscoder().decode($0) },
            agentId: state.agentID, agentVersion: state.agentVersion, agentNumber: state.agentNumber,
            agentConfig: try state.agentConfig.map { .init(additionalProperties: try container($0)) },
            initialContext: state.initialContext)
    }

    static func container(_ value: JSONValue) throws -> OpenAPIObjectContainer {
        try OpenAPIObjectContainer(unvalidatedValue: (value.openAPIValue as? [String: (any Sendable)?]) ?? [:])
    }

    /// What the generated client sends, read back, with integral numbers as integers (the API
    /// can't tell `2.0` from `2`).
    static func encoded(_ body: some Encodable) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(try RFC3339DateTranscoder().encode(date))
        }
        return try JSONValue.parse(encoder.encode(body)).canonical
    }

    static func randomItem(_ random: inout SeededRandom) -> ContactUpsert {
        func text() -> String? {
            random.next() % 3 == 0
                ? nil : String((0..<Int(random.next() % 12)).map { _ in alphabet.randomElement(using: &random)! })
        }
        let data: [String: JSONValue] = Dictionary(
            (0..<Int(random.next() % 4)).map { index in
                (
                    "k\(index)",
                    [
                        .int(Int64(bitPattern: random.next())), .double(Double(random.next() % 1000) / 8),
                        .string(text() ?? ""), .bool(true), .null,
                    ][Int(random.next() % 5)]
                )
            }, uniquingKeysWith: { first, _ in first })
        var state = ContactState(phoneNumbers: (0..<Int(random.next() % 3)).map { "+1415555\(1000 + $0)" })
        state.data = .object(data)
        state.timezone = text()
        state.agentID = text()
        state.agentNumber = text()
        state.initialContext = text()
        state.agentVersion = random.next() % 2 == 0 ? nil : Int(random.next() % 100)
        state.agentConfig = random.next() % 2 == 0 ? nil : .object(["k": .string(text() ?? "")])
        state.scheduledAt =
            random.next() % 2 == 0 ? nil : "2026-0\(1 + random.next() % 9)-1\(random.next() % 9)T10:00:00Z"
        return ContactUpsert(id: random.next() % 4 == 0 ? text() : nil, externalID: text(), state: state)
    }

    static let alphabet = Array("aZ9 -_\"\\/\n\té€😀\u{7}")
}
